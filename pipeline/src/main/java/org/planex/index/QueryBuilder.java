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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.join.JoinUtil;
import org.apache.lucene.search.join.ScoreMode;

/**
 * Turns a {@link SearchRequest} into a Lucene query. Words and phrases match the accent-folded text; the same
 * word with its accents as typed is an optional clause, so a query with diacritics ranks the plans that spell it
 * that way first. Numbers match cited documents (and the plan's own number) by their {@link NumberKey}.
 * Filters on plans reach the items of the plans they select through the plan id; {@code --body} on plans is
 * the plan's own list of body names.
 */
final class QueryBuilder {

  /** Most words and phrase words in one query; each costs two clauses. */
  static final int MAX_TERMS = 64;
  private static final float EXACT_BOOST = 4f;
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  static final Query PLANS = new TermQuery(new Term(IndexFields.TYPE, IndexFields.PLAN));

  private final Analyzer folded = new VietnameseAnalyzer(true);
  private final Analyzer exact = new VietnameseAnalyzer(false);
  private final FacetsConfig facets = IndexFields.facetsConfig();

  /** Facet values a user's filter resolved to, per dimension; an empty list means the filter matches nothing. */
  record Resolved(List<String> provinces, List<String> units, List<String> kinds) {}

  /**
   * The text part of a query (null when it has none), in the three forms a search uses: {@code match}, what a
   * result must contain, for counting and facets, unscored; {@code allWords}, scored, the results with every word,
   * which rank first; {@code anyWords}, scored, every match, which ranks the rest. And what the highlighter marks
   * (the number's words too, which the query itself matches on keys).
   */
  record TextQuery(Query match, Query allWords, Query anyWords, Query highlight) {}

  /**
   * Words are optional each, as in any search engine, and plans with every word rank above the others; phrases
   * and numbers must match (words are then optional altogether). Counting the matches and ranking them are
   * separate queries: the count scores nothing, and the ranking of the plans with every word needs only the top
   * of a conjunction, which Lucene finds without scoring most of them.
   */
  TextQuery text(QueryText parsed, ItemKind items) {
    IndexFields.TextFields fields = IndexFields.TextFields.of(items);
    BooleanQuery.Builder required = new BooleanQuery.Builder();
    BooleanQuery.Builder anyFolded = new BooleanQuery.Builder();
    BooleanQuery.Builder allWords = new BooleanQuery.Builder();
    BooleanQuery.Builder anyWords = new BooleanQuery.Builder();
    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    List<String> foldedWords = tokens(folded, parsed.words());
    List<String> exactWords = tokens(exact, parsed.words());
    int terms = foldedWords.size();
    for (int i = 0; i < foldedWords.size(); i++) {
      Query foldedWord = new TermQuery(new Term(fields.folded(), foldedWords.get(i)));
      Query word = either(fields, foldedWord,
          fields.exact() == null ? null : new TermQuery(new Term(fields.exact(), exactWords.get(i))),
          !foldedWords.get(i).equals(exactWords.get(i)));
      anyFolded.add(foldedWord, Occur.SHOULD);
      allWords.add(word, Occur.MUST);
      anyWords.add(word, Occur.SHOULD);
      highlight.add(word, Occur.SHOULD);
    }
    for (String phrase : parsed.phrases()) {
      List<String> f = tokens(folded, phrase);
      terms += f.size();
      if (!f.isEmpty()) {
        List<String> e = tokens(exact, phrase);
        Query foldedPhrase = phrase(fields.folded(), f);
        Query matching = fields.pairs() == null ? foldedPhrase : pairPhrase(fields, f);
        required.add(matching, Occur.MUST);
        highlight.add(foldedPhrase, Occur.SHOULD);
        // Ranked by its words, the phrase only filtering: phrase frequencies would mean reading the positions
        // of every match, while word scores let Lucene skip what cannot reach the top.
        allWords.add(matching, Occur.FILTER);
        anyWords.add(matching, Occur.FILTER);
        for (int i = 0; i < f.size(); i++) {
          Query word = either(fields, new TermQuery(new Term(fields.folded(), f.get(i))),
              fields.exact() == null ? null : new TermQuery(new Term(fields.exact(), e.get(i))),
              !f.get(i).equals(e.get(i)));
          allWords.add(word, Occur.MUST);
          anyWords.add(word, Occur.MUST);
        }
      }
    }
    for (String number : parsed.numbers()) {
      Query key = number(number, items);
      required.add(key, Occur.MUST);
      allWords.add(key, Occur.MUST);
      anyWords.add(key, Occur.MUST);
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
    BooleanQuery must = required.build();
    BooleanQuery any = anyFolded.build();
    if (must.clauses().isEmpty() && any.clauses().isEmpty()) {
      return null;
    }
    Query match = must.clauses().isEmpty() ? any : must;
    return new TextQuery(match, allWords.build(), anyWords.build(), highlight.build());
  }

  /**
   * Every filter of a request, on plans or on the items asked for, as one unscored query; {@code searcher} finds
   * the plans a plan filter on items selects.
   */
  Query filter(SearchRequest request, Resolved resolved, IndexSearcher searcher) throws IOException {
    ItemKind items = request.items();
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(items == null ? PLANS : new TermQuery(new Term(IndexFields.TYPE, items.type())), Occur.FILTER);
    addFacetFilter(query, IndexFields.PROVINCE, request.province(), resolved.provinces());
    addFacetFilter(query, IndexFields.UNIT, request.unit(), resolved.units());
    addFacetFilter(query, IndexFields.KIND, request.kind(), resolved.kinds());
    if (request.from() != null || request.to() != null) {
      query.add(dateRange(request.from(), request.to()), Occur.FILTER);
    }
    if (request.cites() != null) {
      Query cites = cites(request.cites());
      query.add(items == null || items == ItemKind.CITATION ? cites : itemsOf(cites, searcher), Occur.FILTER);
    }
    if (request.body() != null) {
      query.add(body(request.body(), items, searcher), Occur.FILTER);
    }
    return query.build();
  }

  /** {@code scored}, or everything when null, among what {@code filter} lets through. */
  static Query filtered(Query scored, Query filter) {
    return new BooleanQuery.Builder()
        .add(scored == null ? MatchAllDocsQuery.INSTANCE : scored, Occur.MUST)
        .add(filter, Occur.FILTER)
        .build();
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
      return words.isEmpty() ? MatchNoDocsQuery.INSTANCE : phrase(IndexFields.ITEM_TEXT.folded(), words);
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

  /** Tasks and quotas of the body, or plans with a task of it (a plan lists its bodies' names), or their items. */
  private Query body(String name, ItemKind items, IndexSearcher searcher) throws IOException {
    List<String> words = tokens(folded, name);
    if (words.isEmpty()) {
      throw new InvalidQueryException("the body name '" + name + "' has no words");
    }
    Query named = phrase(IndexFields.BODY_NAME, words);
    if (items == null || items == ItemKind.TASK || items == ItemKind.QUOTA) {
      return named;
    }
    return itemsOf(named, searcher);
  }

  /** The items of the plans {@code plans} matches. */
  private static Query itemsOf(Query plans, IndexSearcher searcher) throws IOException {
    Query onPlans = new BooleanQuery.Builder().add(plans, Occur.FILTER).add(PLANS, Occur.FILTER).build();
    return JoinUtil.createJoinQuery(IndexFields.PLAN_REF, false, IndexFields.PLAN_ID, onPlans, searcher,
        ScoreMode.None);
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

  /** The words as a phrase of their pairs ({@link WordPairAnalyzer}); a single word as itself. */
  private static Query pairPhrase(IndexFields.TextFields fields, List<String> words) {
    if (words.size() == 1) {
      return new TermQuery(new Term(fields.folded(), words.get(0)));
    }
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      pairs.add(WordPairAnalyzer.pair(words.get(i), words.get(i + 1)));
    }
    return phrase(fields.pairs(), pairs);
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
