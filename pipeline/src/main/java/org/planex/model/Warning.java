package org.planex.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something a stage noticed and could not settle: the document is still produced.
 *
 * @param stage which stage raised it
 * @param code a short stable key, e.g. {@code legacy-encoding}
 * @param start offset into {@code originalText} or {@code text} (as the code documents), when it is local
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Warning(String stage, String code, String message, Integer start, Integer end) {

  public static Warning of(String stage, String code, String message) {
    return new Warning(stage, code, message, null, null);
  }
}
