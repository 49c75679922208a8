package org.planex.ingest;

/** Why a file could not be ingested: the stable {@code error} key of {@code errors.jsonl}. */
public enum IngestFailure {
  EMPTY_FILE("empty-file"),
  UNREADABLE("unreadable"),
  UNSUPPORTED_TYPE("unsupported-type"),
  CORRUPT_FILE("corrupt-file"),
  ENCRYPTED("encrypted"),
  ZIP_BOMB("zip-bomb"),
  TOO_LARGE("too-large"),
  TIMEOUT("timeout"),
  OUT_OF_MEMORY("out-of-memory"),
  WORKER_CRASHED("worker-crashed"),
  OCR_UNAVAILABLE("ocr-unavailable"),
  INTERNAL_ERROR("internal-error");

  private final String key;

  IngestFailure(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static IngestFailure ofKey(String key) {
    for (IngestFailure f : values()) {
      if (f.key.equals(key)) {
        return f;
      }
    }
    return INTERNAL_ERROR;
  }
}
