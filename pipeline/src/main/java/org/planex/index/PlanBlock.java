package org.planex.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.planex.model.Body;
import org.planex.model.Citation;
import org.planex.model.Metadata;
import org.planex.model.PlanDocument;
import org.planex.model.PlanJson;
import org.planex.model.Quota;
import org.planex.model.Section;

/**
 * One plan as the block of Lucene documents written and replaced together: the plan, and an item document per
 * citation, body task, quota and section. Every document carries the plan's key and id, and the plan's province,
 * unit, kind and year as facets, so items can be counted and filtered like plans; the index keeps plans apart
 * from items ({@link IndexFields#RANK}), so what a plan filter needs to reach its items is the plan id.
 */
final class PlanBlock {

  private final FacetsConfig facets;

  PlanBlock(FacetsConfig facets) {
    this.facets = facets;
  }

  /** The id of the plan indexed from {@code key}: stable across re-indexing, short enough for a URL. */
  static String planId(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  List<Document> build(String key, String sha256, PlanDocument plan) throws java.io.IOException {
    String id = planId(key);
    String text = plan.workingText();
    List<Document> block = new ArrayList<>();
    block.add(facets.build(planDocument(key, id, sha256, plan, text)));
    for (Citation citation : plan.citations()) {
      Document item = item(key, id, plan, ItemKind.CITATION, citation);
      addText(item, IndexFields.ITEM_TEXT,
          join(citation.text(), citation.type(), citation.number(), citation.title(), citation.issuer()));
      addCitation(item, citation);
      block.add(facets.build(item));
    }
    for (Body body : plan.bodies()) {
      for (String task : body.tasks().isEmpty() ? java.util.Collections.<String>singletonList(null) : body.tasks()) {
        Document item = item(key, id, plan, ItemKind.TASK, new TaskItem(body.name(), body.role(), task));
        addText(item, IndexFields.ITEM_TEXT, join(body.name(), task));
        addBody(item, body.name());
        block.add(facets.build(item));
      }
    }
    for (Quota quota : plan.quotas()) {
      Document item = item(key, id, plan, ItemKind.QUOTA, quota);
      addText(item, IndexFields.ITEM_TEXT, quota.text());
      addBody(item, quota.body());
      addFacet(item, IndexFields.CHANNEL, quota.channel());
      block.add(facets.build(item));
    }
    for (Section section : flatten(plan.sections())) {
      Document item = item(key, id, plan, ItemKind.SECTION,
          new SectionItem(section.number(), section.level(), section.heading(), section.label()));
      // By its heading: the section's words are the plan's, searched there.
      addText(item, IndexFields.ITEM_TEXT, section.heading());
      block.add(facets.build(item));
    }
    for (int position = 1; position < block.size(); position++) {
      block.get(position).add(new NumericDocValuesField(IndexFields.POSITION, position));
    }
    return block;
  }

  /** A body's task as an item: a body with no task listed is one item with a null task. */
  record TaskItem(String body, String role, String task) {}

  /** A section as an item: its place in the tree, without the children. */
  record SectionItem(String number, int level, String heading, String label) {}

  private Document planDocument(String key, String id, String sha256, PlanDocument plan, String text) {
    Document doc = common(key, id, plan, IndexFields.PLAN);
    doc.add(new SortedDocValuesField(IndexFields.PLAN_REF, new BytesRef(id)));
    doc.add(new StoredField(IndexFields.SHA, sha256));
    // The text is stored once, in the highlighted field; the stored JSON is the rest of the document.
    PlanDocument withoutText = new PlanDocument(plan.schema(), plan.source(), plan.metadata(), null, null,
        plan.sections(), plan.appendices(), plan.citations(), plan.bodies(), plan.quotas(), plan.deadlines(),
        List.of(), List.of(), List.of(), plan.warnings(), plan.stages());
    doc.add(new StoredField(IndexFields.DOCUMENT, PlanJson.writeCompact(withoutText)));
    String summary = PlanJson.writeCompact(PlanSummary.of(id, plan));
    doc.add(new BinaryDocValuesField(IndexFields.SUMMARY, new BytesRef(summary)));
    addText(doc, IndexFields.PLAN_TEXT, text);
    Set<String> seen = new LinkedHashSet<>();
    plan.citations().forEach(c -> addCitation(doc, c));
    for (Body body : plan.bodies()) {
      if (body.name() != null && seen.add(body.name())) {
        addFacet(doc, IndexFields.BODY, body.name());
        doc.add(new TextField(IndexFields.BODY_NAME, body.name(), Field.Store.NO));
      }
    }
    plan.quotas().stream().map(Quota::channel).filter(c -> c != null).distinct()
        .forEach(c -> addFacet(doc, IndexFields.CHANNEL, c));
    Metadata m = plan.metadata();
    if (m.number() != null) {
      doc.add(new StringField(IndexFields.OWN_NUMBER_KEY, NumberKey.of(m.number()), Field.Store.NO));
    }
    return doc;
  }

  private static Document item(String key, String id, PlanDocument plan, ItemKind kind, Object value) {
    Document doc = common(key, id, plan, kind.type());
    doc.add(new StoredField(IndexFields.ITEM, PlanJson.writeCompact(value)));
    return doc;
  }

  private static Document common(String key, String id, PlanDocument plan, String type) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.KEY, key, Field.Store.YES));
    doc.add(new StringField(IndexFields.PLAN_ID, id, Field.Store.YES));
    doc.add(new StringField(IndexFields.TYPE, type, Field.Store.YES));
    doc.add(new NumericDocValuesField(IndexFields.RANK, type.equals(IndexFields.PLAN) ? 0 : 1));
    Metadata m = plan.metadata();
    addFacet(doc, IndexFields.PROVINCE, m.province());
    addFacet(doc, IndexFields.UNIT, unitName(m.unit()));
    addFacet(doc, IndexFields.KIND, m.kind());
    String date = m.date() != null ? m.date() : m.partialDate();
    if (date != null) {
      doc.add(new StringField(IndexFields.DATE, date, Field.Store.NO));
      addFacet(doc, IndexFields.YEAR, date.substring(0, Math.min(4, date.length())));
    }
    return doc;
  }

  /** {@code xã Mỏ Lao}: the unit's type and name, as the plan prints them. */
  static String unitName(Metadata.Unit unit) {
    if (unit == null || unit.name() == null) {
      return null;
    }
    return unit.type() == null ? unit.name() : unit.type() + " " + unit.name();
  }

  private static void addCitation(Document doc, Citation citation) {
    if (citation.id() != null) {
      doc.add(new StringField(IndexFields.CITES, citation.id(), Field.Store.NO));
      addFacet(doc, IndexFields.CITES, citation.id());
    }
    if (citation.number() != null) {
      doc.add(new StringField(IndexFields.CITES_KEY, NumberKey.of(citation.number()), Field.Store.NO));
    }
  }

  private static void addBody(Document doc, String name) {
    if (name != null) {
      doc.add(new TextField(IndexFields.BODY_NAME, name, Field.Store.NO));
      addFacet(doc, IndexFields.BODY, name);
    }
  }

  private static void addText(Document doc, IndexFields.TextFields fields, String text) {
    if (text != null && !text.isBlank()) {
      doc.add(new Field(fields.folded(), text, IndexFields.FOLDED));
      if (fields.exact() != null) {
        doc.add(new TextField(fields.exact(), text, Field.Store.NO));
      }
      if (fields.pairs() != null) {
        doc.add(new Field(fields.pairs(), text, IndexFields.PAIRS));
      }
    }
  }

  private static void addFacet(Document doc, String dimension, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(dimension, value.strip()));
    }
  }

  private static List<Section> flatten(List<Section> sections) {
    List<Section> all = new ArrayList<>();
    for (Section section : sections) {
      all.add(section);
      all.addAll(flatten(section.children()));
    }
    return all;
  }

  private static String join(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        out.append(out.isEmpty() ? "" : "\n").append(part);
      }
    }
    return out.toString();
  }
}
