package org.planex.index;

/**
 * A search: the query text and the filters of {@code planex search} and the HTTP API. Null means "not given".
 *
 * @param cites a cited document's canonical id ({@code 76-nq-cp@2021}) or number ({@code 76/NQ-CP})
 * @param body a body's name, matched as a phrase without regard to accents
 * @param province, unit, kind matched against the indexed values without regard to case and accents; a unit
 *     may be given without its type ({@code Mỏ Lao} for {@code phường Mỏ Lao})
 * @param from, to dates of issue, inclusive: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param items which items to return instead of plans, or null for plans
 */
public record SearchRequest(String query, String cites, String body, String province, String unit, String kind,
    String from, String to, ItemKind items, int limit, int offset) {

  public static final int MAX_LIMIT = 1_000;

  public SearchRequest {
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new InvalidQueryException("limit must be between 0 and " + MAX_LIMIT + ", not " + limit);
    }
    if (offset < 0 || offset > 100_000) {
      throw new InvalidQueryException("offset must be between 0 and 100000, not " + offset);
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, null, 10, 0);
  }

  public SearchRequest withItems(ItemKind kinds) {
    return new SearchRequest(query, cites, body, province, unit, kind, from, to, kinds, limit, offset);
  }

  public SearchRequest withLimit(int most) {
    return new SearchRequest(query, cites, body, province, unit, kind, from, to, items, most, offset);
  }
}
