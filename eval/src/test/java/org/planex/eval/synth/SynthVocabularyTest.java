package org.planex.eval.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planex.text.TonePlacement;

/**
 * The bundled vocabulary: complete, in the project's conventions, and with no deadline or quota hidden in the
 * running text, where the gold would miss it.
 */
class SynthVocabularyTest {

  /** What would be a deadline or a quota if it stood in running text (ANNOTATION.md). */
  private static final Pattern UNANNOTATED = Pattern.compile(
      "\\d|thường xuyên|hằng|hàng (tháng|quý|năm|tuần)|định kỳ|\\bquý\\b|tối thiểu|ít nhất|trước ngày|chậm nhất",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Groups whose numbers are counts, periods or the names of reform documents, never targets or dates. */
  private static final List<String> NUMBERS_ALLOWED = List.of("02 cấp");

  private final Vocabulary vocabulary = Vocabulary.bundled();

  @Test
  void theVocabularyIsComplete() {
    assertEquals(3321, vocabulary.communes().size());
    assertTrue(vocabulary.communes().stream().anyMatch(c -> c.type().equals("đặc khu")));
    assertTrue(vocabulary.legalCode().size() > 1000, "mined citations: " + vocabulary.legalCode().size());
    assertTrue(vocabulary.administrativeCode().size() > 200);
    assertTrue(vocabulary.reformDocuments().size() > 20);
    for (String group : List.of("title", "purpose", "requirement", "content", "forms", "task", "appendix-task")) {
      assertTrue(vocabulary.phrases().templates(group).size() >= 2, group);
    }
  }

  @Test
  void runningTextHoldsNoUnannotatedDeadlineOrQuota() {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, List<PhraseBank.Phrase>> group : vocabulary.phrases().groups().entrySet()) {
      for (PhraseBank.Phrase phrase : group.getValue()) {
        String outsideSlots = phrase.template().replaceAll("\\{[^}]*}", " ");
        for (String allowed : NUMBERS_ALLOWED) {
          outsideSlots = outsideSlots.replace(allowed, " ");
        }
        if (UNANNOTATED.matcher(outsideSlots).find()) {
          found.add("[" + group.getKey() + "] " + phrase.template());
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void everyWordIsInTheProjectsConventions() {
    List<String> texts = new ArrayList<>();
    vocabulary.phrases().groups().values().forEach(g -> g.forEach(p -> texts.add(p.template())));
    vocabulary.communes().forEach(c -> texts.add(c.name() + " " + c.province()));
    vocabulary.bodies().forEach(b -> {
      texts.add(b.canonical());
      texts.addAll(b.variants());
    });
    vocabulary.legalCode().forEach(d -> texts.add(d.issuer() + " " + d.subject()));
    vocabulary.reformDocuments().forEach(d -> texts.add(d.subject()));
    for (String text : texts) {
      assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "not NFC: " + text);
      assertEquals(TonePlacement.toClassic(text), text, "not the classic tone placement");
    }
  }

  @Test
  void bodyNamesHaveTheirUnitWordAndNoProperName() {
    Commune ward = new Commune("phường", "Mộ Lao", "Hà Nội", "thành phố");
    assertEquals("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường",
        vocabulary.body("office").canonical(ward));
    for (BodyName body : vocabulary.bodies()) {
      assertTrue(!body.canonical(ward).contains("Mộ Lao") && !body.canonical(ward).matches(".*\\b(UBND|HĐND)\\b.*"),
          body.canonical(ward));
    }
  }
}
