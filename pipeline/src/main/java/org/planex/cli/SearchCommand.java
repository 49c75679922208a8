package org.planex.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.planex.index.FacetCount;
import org.planex.index.InvalidQueryException;
import org.planex.index.ItemKind;
import org.planex.index.PlanIndexWriter;
import org.planex.index.PlanSearcher;
import org.planex.index.PlanSummary;
import org.planex.index.SearchHit;
import org.planex.index.SearchRequest;
import org.planex.index.SearchResults;
import org.planex.index.Snippet;
import org.planex.model.PlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code planex search}: ranked plans or items from the index, with snippets and facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the index. Words match with or without their accents (typed accents rank first); "
        + "\"quoted words\" are a phrase; document numbers (76/NQ-CP) match the plans citing them.",
        "Exit status: 0 ok (even with no result), 1 no index, 2 a query or option that cannot be searched."})
public final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "What to look for (empty: everything).")
  String query = "";

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: ./planex-data/index).")
  Path index = PlanIndexWriter.DEFAULT_FOLDER;

  @Option(names = "--cites", paramLabel = "ID",
      description = "Only plans citing this document (canonical id or number).")
  String cites;

  @Option(names = "--body", paramLabel = "NAME", description = "Only plans assigning tasks to this body.")
  String body;

  @Option(names = "--province", paramLabel = "P", description = "Only this province.")
  String province;

  @Option(names = "--unit", paramLabel = "U", description = "Only this commune/ward (with or without its type).")
  String unit;

  @Option(names = "--kind", paramLabel = "K", description = "Only this kind of document (KẾ HOẠCH …).")
  String kind;

  @Option(names = "--from", paramLabel = "DATE", description = "Issued on or after (YYYY, YYYY-MM or YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Issued on or before (YYYY, YYYY-MM or YYYY-MM-DD).")
  String to;

  @Option(names = "--items", paramLabel = "KIND",
      description = "Return items instead of plans: citations, bodies, quotas or sections.")
  String items;

  @Option(names = "--limit", paramLabel = "N", description = "Results shown (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--json", description = "Print the results as JSON (shape: docs/search.md).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SearchResults results;
    try (PlanSearcher searcher = PlanSearcher.open(index)) {
      SearchRequest request = new SearchRequest(query, cites, body, province, unit, kind, from, to,
          items == null ? null : ItemKind.fromPlural(items), limit, 0);
      results = searcher.search(request);
    } catch (InvalidQueryException e) {
      System.err.println("planex search: " + e.getMessage());
      return 2;
    } catch (IllegalStateException e) {
      System.err.println("planex search: " + e.getMessage());
      return 1;
    }
    if (json) {
      System.out.println(PlanJson.mapper().writeValueAsString(results));
    } else {
      print(results, System.out);
    }
    return 0;
  }

  private static void print(SearchResults results, PrintStream out) {
    String what = results.items() == null ? "plans" : results.items();
    out.printf("%,d %s match%s%n", results.total(), what,
        results.results().isEmpty() ? "" : String.format(" (showing %d)", results.results().size()));
    int rank = 1;
    for (SearchHit hit : results.results()) {
      PlanSummary plan = hit.plan();
      out.printf("%n%2d. %s%n", rank++, heading(plan));
      if (hit.item() != null) {
        out.println("    " + hit.type() + ": " + hit.item());
      } else if (plan != null && plan.title() != null) {
        out.println("    " + plan.title().replaceAll("\\s+", " "));
      }
      for (Snippet snippet : hit.snippets()) {
        out.println("    … " + snippet.marked("[", "]") + " …");
      }
    }
    out.println();
    for (Map.Entry<String, List<FacetCount>> facet : results.facets().entrySet()) {
      if (!facet.getValue().isEmpty()) {
        out.println(facet.getKey() + ": " + facet.getValue().stream().map(c -> c.value() + " (" + c.count() + ")")
            .collect(Collectors.joining(", ")));
      }
    }
  }

  private static String heading(PlanSummary plan) {
    if (plan == null) {
      return "(plan not found)";
    }
    StringBuilder out = new StringBuilder();
    out.append(plan.unit() == null ? "(unit unknown)" : plan.unit());
    if (plan.province() != null) {
      out.append(", ").append(plan.province());
    }
    out.append(" — ").append(plan.kind() == null ? "document" : plan.kind());
    if (plan.number() != null) {
      out.append(' ').append(plan.number());
    }
    if (plan.date() != null) {
      out.append(", ").append(plan.date());
    }
    return out.append("  [").append(plan.id()).append("] ").append(plan.path()).toString();
  }
}
