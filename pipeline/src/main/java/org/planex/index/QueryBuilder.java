package org.planex.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;

/**
 * Turns a {@link SearchRequest} into a Lucene query. Words and phrases match the accent-folded text; the same
 * word with its accents as typed is an optional clause, so a query with diacritics ranks the plans that spell it
 * that way first. Numbers match cited documents (and the plan's own number) by their {@link NumberKey}.
 * Filters on plans reach items through the block join, and the reverse for {@code --body}.
 */
final class QueryBuilder {

  /** Most words and phrase words in one query; each costs two clauses. */
  static final int MAX_TERMS = 64;
  private static final float EXACT_BOOST = 4f;
  private static final float ALL_WORDS_BOOST = 10f;
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  static final Query PLANS = new TermQuery(new Term(IndexFields.TYPE, IndexFields.PLAN));
  static final BitSetProducer PARENTS = new QueryBitSetProducer(PLANS);

  private final Analyzer folded = new VietnameseAnalyzer(true);
  private final Analyzer exact = new VietnameseAnalyzer(false);
  private final FacetsConfig facets = IndexFields.facetsConfig();

  /** Facet values a user's filter resolved to, per dimension; an empty list means the filter matches nothing. */
  record Resolved(List<String> provinces, List<String> units, List<String> kinds) {}

  /**
   * The text part of a query, or null when it has no words; and what the highlighter marks (the number's words
   * too, which the query itself matches on keys).
   */
  record TextQuery(Query match, Query highlight) {}

  /**
   * Words are optional each, as in any search engine, and plans with every word rank above the others; phrases
   * and numbers must match.
   */
  TextQuery text(QueryText parsed, ItemKind items) {
    IndexFields.TextFields fields = IndexFields.TextFields.of(items);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    List<String> foldedWords = tokens(folded, parsed.words());
    List<String> exactWords = tokens(exact, parsed.words());
    int terms = foldedWords.size();
    BooleanQuery.Builder everyWord = new BooleanQuery.Builder();
    for (int i = 0; i < foldedWords.size(); i++) {
      Query word = either(fields, new TermQuery(new Term(fields.folded(), foldedWords.get(i))),
          fields.exact() == null ? null : new TermQuery(new Term(fields.exact(), exactWords.get(i))),
          !foldedWords.get(i).equals(exactWords.get(i)));
      all.add(word, Occur.SHOULD);
      everyWord.add(word, Occur.MUST);
    }
    if (foldedWords.size() > 1) {
      // BM25 has no coordination factor: without this, many mentions of one word outrank all the words once.
      all.add(new BoostQuery(everyWord.build(), ALL_WORDS_BOOST), Occur.SHOULD);
    }
    for (String phrase : parsed.phrases()) {
      List<String> f = tokens(folded, phrase);
      terms += f.size();
      if (!f.isEmpty()) {
        List<String> e = tokens(exact, phrase);
        all.add(either(fields, phrase(fields.folded(), f), fields.exact() == null ? null : phrase(fields.exact(), e),
            !f.equals(e)), Occur.MUST);
      }
    }
    for (String number : parsed.numbers()) {
      all.add(number(number, items), Occur.MUST);
      List<String> words = tokens(folded, number);
      terms += words.size();
      if (!words.isEmpty()) {
        highlight.add(phrase(fields.folded(), words), Occur.SHOULD);
      }
    }
    if (terms > MAX_TERMS) {
      throw new InvalidQueryException(String.format(Locale.ROOT,
          "the query has %d words; at most %d are searched at once", terms, MAX_TERMS));
    }
    BooleanQuery match = all.build();
    if (match.clauses().isEmpty()) {
      return null;
    }
    return new TextQuery(match, highlight.add(match, Occur.SHOULD).build());
  }

  /** The whole query: the text, if any, and every filter, on plans or on the items asked for. */
  Query build(SearchRequest request, TextQuery text, Resolved resolved) {
    ItemKind items = request.items();
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(text == null ? new MatchAllDocsQuery() : text.match(), Occur.MUST);
    query.add(items == null ? PLANS : new TermQuery(new Term(IndexFields.TYPE, items.type())), Occur.FILTER);
    addFacetFilter(query, IndexFields.PROVINCE, request.province(), resolved.provinces());
    addFacetFilter(query, IndexFields.UNIT, request.unit(), resolved.units());
    addFacetFilter(query, IndexFields.KIND, request.kind(), resolved.kinds());
    if (request.from() != null || request.to() != null) {
      query.add(dateRange(request.from(), request.to()), Occur.FILTER);
    }
    if (request.cites() != null) {
      Query cites = cites(request.cites());
      query.add(items == null || items == ItemKind.CITATION ? cites : toChildren(cites), Occur.FILTER);
    }
    if (request.body() != null) {
      query.add(body(request.body(), items), Occur.FILTER);
    }
    return query.build();
  }

  /** The folded match, and the exact spelling as a bonus when the user typed accents and the field has one. */
  private static Query either(IndexFields.TextFields fields, Query foldedQuery, Query exactQuery, boolean accented) {
    if (fields.exact() == null || !accented) {
      return foldedQuery;
    }
    return new BooleanQuery.Builder()
        .add(foldedQuery, Occur.MUST)
        .add(new BoostQuery(exactQuery, EXACT_BOOST), Occur.SHOULD)
        .build();
  }

  private Query number(String number, ItemKind items) {
    if (items != null && items != ItemKind.CITATION) {
      // Bodies, quotas and sections do not cite: there the number is words of their text.
      List<String> words = tokens(folded, number);
      return words.isEmpty() ? new MatchNoDocsQuery() : phrase(IndexFields.ITEM_TEXT.folded(), words);
    }
    String key = NumberKey.of(number);
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.CITES_KEY, key)), Occur.SHOULD)
        .add(new TermQuery(new Term(IndexFields.OWN_NUMBER_KEY, key)), Occur.SHOULD)
        .build();
  }

  /** A cited document by canonical id or by number. */
  private static Query cites(String value) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.CITES, value.strip())), Occur.SHOULD)
        .add(new TermQuery(new Term(IndexFields.CITES_KEY, NumberKey.of(value))), Occur.SHOULD)
        .build();
  }

  private Query body(String name, ItemKind items) {
    List<String> words = tokens(folded, name);
    if (words.isEmpty()) {
      throw new InvalidQueryException("the body name '" + name + "' has no words");
    }
    Query named = phrase(IndexFields.BODY_NAME, words);
    if (items == ItemKind.TASK || items == ItemKind.QUOTA) {
      return named;
    }
    Query tasks = new BooleanQuery.Builder()
        .add(named, Occur.MUST)
        .add(new TermQuery(new Term(IndexFields.TYPE, ItemKind.TASK.type())), Occur.FILTER)
        .build();
    Query plans = new ToParentBlockJoinQuery(tasks, PARENTS, ScoreMode.None);
    return items == null ? plans : toChildren(plans);
  }

  private static Query toChildren(Query plans) {
    return new ToChildBlockJoinQuery(plans, PARENTS);
  }

  private void addFacetFilter(BooleanQuery.Builder query, String dimension, String given, List<String> values) {
    if (given == null) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    String field = facets.getDimConfig(dimension).indexFieldName;
    for (String value : values) {
      any.add(new TermQuery(DrillDownQuery.term(field, dimension, value)), Occur.SHOULD);
    }
    query.add(values.isEmpty() ? new MatchNoDocsQuery("no " + dimension + " " + given) : any.build(), Occur.FILTER);
  }

  private static Query dateRange(String from, String to) {
    for (String date : new String[] {from, to}) {
      if (date != null && !DATE.matcher(date).matches()) {
        throw new InvalidQueryException("'" + date + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
      }
    }
    // An upper bound covers everything it starts: '~' sorts after the digits and '-' of any longer date.
    return TermRangeQuery.newStringRange(IndexFields.DATE, from, to == null ? null : to + "~", true, true);
  }

  private static Query phrase(String field, List<String> words) {
    if (words.size() == 1) {
      return new TermQuery(new Term(field, words.get(0)));
    }
    return new PhraseQuery(field, words.toArray(String[]::new));
  }

  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
