package org.planex.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cross-commune tables of the web page, each made from the items a search matches: which communes cite a
 * document, the quotas of each commune by channel, and each body's tasks over the communes.
 */
public final class CommuneTables {

  /** Most items one table reads. */
  static final int MAX_ITEMS = 100_000;

  /**
   * A table: column names and rows of cells (strings, so it writes the same as JSON and as CSV); not
   * {@code complete} when the search matched more than {@link #MAX_ITEMS} items, and then its title says so.
   */
  public record Table(String title, List<String> columns, List<List<String>> rows, boolean complete) {

    Table(String title, List<String> columns, List<List<String>> rows, List<SearchHit> read) {
      this(read.size() < MAX_ITEMS ? title : String.format(java.util.Locale.ROOT, "%s (the first %,d items only)",
          title, MAX_ITEMS), columns, rows, read.size() < MAX_ITEMS);
    }
  }

  private final PlanSearcher searcher;

  public CommuneTables(PlanSearcher searcher) {
    this.searcher = searcher;
  }

  /** "Communes citing X": one row per plan citing the document, with how often it mentions it. */
  public Table citing(SearchRequest request) throws IOException {
    if (request.cites() == null) {
      throw new InvalidQueryException("the table of communes citing a document needs the document (cites)");
    }
    List<List<String>> rows = new ArrayList<>();
    List<SearchHit> read = searcher.allItems(request.withItems(ItemKind.CITATION), MAX_ITEMS);
    for (SearchHit hit : read) {
      PlanSummary plan = hit.plan();
      rows.add(List.of(text(plan.unit()), text(plan.province()), text(plan.number()), text(plan.date()),
          hit.item().path("mentions").asText(), text(hit.item().path("text").asText(null)), plan.id()));
    }
    rows.sort((a, b) -> (a.get(1) + a.get(0)).compareTo(b.get(1) + b.get(0)));
    return new Table("Communes citing " + request.cites(),
        List.of("unit", "province", "plan", "date", "mentions", "as written", "id"), rows, read);
  }

  /** "Quotas by commune and channel": how many quotas each commune sets on each channel, and what they are. */
  public Table quotas(SearchRequest request) throws IOException {
    Map<List<String>, List<String>> groups = new TreeMap<>(CommuneTables::compareLists);
    List<SearchHit> read = searcher.allItems(request.withItems(ItemKind.QUOTA), MAX_ITEMS);
    for (SearchHit hit : read) {
      JsonNode quota = hit.item();
      List<String> key = List.of(text(hit.plan().unit()), text(hit.plan().province()),
          text(quota.path("channel").asText(null)));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(String.join(" ",
          quota.path("quantity").asText(""), quota.path("unit").asText(""),
          quota.path("period").isNull() ? "" : "/" + quota.path("period").asText("")).strip());
    }
    List<List<String>> rows = new ArrayList<>();
    groups.forEach((key, quotas) -> rows.add(List.of(key.get(0), key.get(1), key.get(2),
        String.valueOf(quotas.size()), String.join("; ", quotas))));
    return new Table("Quotas by commune and channel", List.of("unit", "province", "channel", "quotas", "targets"),
        rows, read);
  }

  /** "Bodies and their task counts": tasks per body over all communes, and in how many communes it has any. */
  public Table bodies(SearchRequest request) throws IOException {
    Map<String, int[]> tasks = new TreeMap<>();
    Map<String, Set<String>> communes = new TreeMap<>();
    List<SearchHit> read = searcher.allItems(request.withItems(ItemKind.TASK), MAX_ITEMS);
    for (SearchHit hit : read) {
      String body = text(hit.item().path("body").asText(null));
      tasks.computeIfAbsent(body, b -> new int[1])[0] += hit.item().path("task").isNull() ? 0 : 1;
      communes.computeIfAbsent(body, b -> new HashSet<>()).add(hit.plan().id());
    }
    List<List<String>> rows = new ArrayList<>();
    tasks.forEach((body, count) -> rows.add(List.of(body, String.valueOf(count[0]),
        String.valueOf(communes.get(body).size()))));
    rows.sort((a, b) -> Integer.compare(Integer.parseInt(b.get(1)), Integer.parseInt(a.get(1))));
    return new Table("Bodies and their task counts", List.of("body", "tasks", "plans"), rows, read);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static int compareLists(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
