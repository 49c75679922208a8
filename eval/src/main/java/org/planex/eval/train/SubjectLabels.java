package org.planex.eval.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.planex.eval.gold.GoldDocument;
import org.planex.extract.BodyName;
import org.planex.extract.ExtractStage;
import org.planex.extract.ExtractStage.HeadedTask;
import org.planex.extract.SubjectFinder.LabelledItem;
import org.planex.model.Body;
import org.planex.model.PlanDocument;

/**
 * Training items for the subject finder, labelled from a plan's gold: an item that is a gold task word for word
 * opens with its verb; an item that is some body's name followed by one of that body's gold tasks opens with that
 * subject. Items the gold does not quote (merged or damaged ones) teach nothing and are left out.
 *
 * <p>Plans name a subject inside an item rarely, so every third verb-first item is also given once more with
 * its heading's body written in front ("Phòng Văn hóa - Xã hội tham mưu …"): the model learns where a name ends
 * and a task begins from the plan's own names.
 */
final class SubjectLabels {

  private SubjectLabels() {}

  /** The longest a subject may be, in words. */
  private static final int MAX_SUBJECT_WORDS = 16;
  private static final int AUGMENT_EVERY = 3;

  static List<LabelledItem> of(PlanDocument segmented, GoldDocument gold, boolean augment) {
    List<LabelledItem> out = new ArrayList<>();
    int verbFirst = 0;
    for (HeadedTask item : ExtractStage.taskItems(segmented)) {
      Optional<LabelledItem> labelled = label(item.task(), gold.bodies());
      labelled.ifPresent(out::add);
      if (augment && labelled.isPresent() && labelled.get().subjectEnd() == 0 && verbFirst++ % AUGMENT_EVERY == 0) {
        withSubject(item).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The item with the one body its heading names written in front, its first word in lower case. */
  private static Optional<LabelledItem> withSubject(HeadedTask item) {
    String heading = item.heading().strip().replaceFirst("^(?:[Đđ]ề nghị|Giao)\\s+", "");
    String task = item.task();
    boolean ordinaryFirstWord = task.length() > 1 && Character.isUpperCase(task.charAt(0))
        && Character.isLowerCase(task.charAt(1));
    if (heading.contains(" và ") || heading.contains(",") || !ordinaryFirstWord) {
      return Optional.empty();
    }
    String text = heading + " " + task.substring(0, 1).toLowerCase(Locale.ROOT) + task.substring(1);
    return Optional.of(new LabelledItem(text, heading.length()));
  }

  private static Optional<LabelledItem> label(String item, List<Body> bodies) {
    String text = normal(item);
    for (Body body : bodies) {
      for (String task : body.tasks()) {
        String wanted = normal(task);
        if (text.equals(wanted)) {
          return Optional.of(new LabelledItem(item, 0));
        }
        if (!wanted.isEmpty() && text.endsWith(" " + wanted)) {
          int end = subjectEnd(item, item.length() - task.strip().length());
          String subject = item.substring(0, Math.max(end, 0));
          if (end > 0 && subject.split("\\s+").length <= MAX_SUBJECT_WORDS
              && BodyName.key(BodyName.canonical(subject)).equals(BodyName.key(body.name()))) {
            return Optional.of(new LabelledItem(item, end));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The end of the subject before {@code taskStart}, trailing spaces and commas left out. */
  private static int subjectEnd(String item, int taskStart) {
    int end = Math.min(taskStart, item.length());
    while (end > 0 && (Character.isWhitespace(item.charAt(end - 1)) || item.charAt(end - 1) == ',')) {
      end--;
    }
    return end;
  }

  private static String normal(String s) {
    return s.strip().replaceAll("\\s+", " ").replaceAll("[.;:,]+$", "").toLowerCase(Locale.ROOT);
  }
}
