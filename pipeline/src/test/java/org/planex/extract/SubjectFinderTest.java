package org.planex.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planex.Corpus;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.Body;
import org.planex.model.PlanDocument;
import org.planex.segment.SegmentStage;

/**
 * The committed subject finder on items it was not trained on (no annotated plan and no clause of the law it
 * learned from says them), and what it changes in a real extraction.
 */
class SubjectFinderTest {

  private static final SubjectFinder FINDER = SubjectFinder.committed().orElseThrow(
      () -> new AssertionError("models/extract/subject-finder.bin is missing"));

  @Test
  void findsTheBodyAnItemOpensWithAndWhereItsNameEnds() {
    for (String subject : List.of("Hội Cựu chiến binh xã", "Hội Nông dân xã", "Trạm Y tế xã", "Công an xã")) {
      String item = subject + " vận động hội viên và người dân sử dụng dịch vụ công trực tuyến";
      assertEquals(subject, item.substring(0, FINDER.subjectEnd(item)), item);
    }
  }

  @Test
  void anItemOpeningWithItsVerbHasNoSubject() {
    for (String item : List.of("Tham mưu Ủy ban nhân dân xã ban hành kế hoạch tuyên truyền",
        "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức tập huấn",
        "Phối hợp với Công an xã tuyên truyền về Đề án 06",
        "Tổ chức hội nghị đối thoại giữa lãnh đạo xã với người dân, doanh nghiệp",
        "Thực hiện tốt công tác tuyên truyền trên Trang thông tin điện tử xã")) {
      assertEquals(0, FINDER.subjectEnd(item), item);
    }
  }

  /** Ea Kar asks the Mặt trận and, inside its paragraph, the Youth Union and the Women's Union by name. */
  @Test
  void aSubjectInsideTheFrontsParagraphGetsItsOwnTask() throws Exception {
    PlanDocument segmented = new SegmentStage().apply(
        new LocalIngester(IngestLimits.DEFAULT).ingest(Corpus.plan("ea-kar-2025.txt")));
    List<Body> withModel = new ExtractStage(Optional.of(FINDER)).apply(segmented).bodies();
    List<Body> rulesOnly = new ExtractStage(Optional.empty()).apply(segmented).bodies();

    Body youth = withModel.stream().filter(b -> b.name().equals("Đoàn Thanh niên xã")).findFirst().orElseThrow();
    assertEquals("requested", youth.role());
    assertEquals(List.of("duy trì các đội thanh niên tình nguyện hỗ trợ người dân cài đặt, kích hoạt ứng dụng VNeID"),
        youth.tasks());
    assertTrue(rulesOnly.stream().noneMatch(b -> b.name().equals("Đoàn Thanh niên xã")));
    Body front = withModel.stream().filter(b -> b.name().startsWith("Ủy ban Mặt trận")).findFirst().orElseThrow();
    assertTrue(front.tasks().stream().noneMatch(t -> t.startsWith("Đoàn Thanh niên")), front.tasks().toString());
  }
}
