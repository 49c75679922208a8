package org.planex.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where a document came from and how it was read.
 *
 * @param path the input path as given to the command
 * @param sha256 hex digest of the file's bytes; the identity used by {@code --resume} and the index
 * @param mediaType the detected type, e.g. {@code application/pdf}
 * @param pages page count when the format has pages, else {@code null}
 * @param ocr OCR details when any page was recognised from an image, else {@code null}
 * @param bytes file size
 * @param encoding how the characters were decoded: a charset for text files, a legacy Vietnamese font
 *     encoding ({@code TCVN3}, {@code VNI}) when one was converted, else {@code null}
 */
@JsonPropertyOrder({"path", "sha256", "mediaType", "pages", "ocr", "bytes", "encoding"})
public record Source(String path, String sha256, String mediaType, Integer pages, OcrInfo ocr, long bytes,
    String encoding) {

  public Source withEncoding(String value) {
    return new Source(path, sha256, mediaType, pages, ocr, bytes, value);
  }
}
