package org.planex.ingest;

/** A file that could not be ingested; the message is one line a user can act on. */
public final class IngestException extends Exception {

  private final IngestFailure failure;
  private final String causeClass;

  public IngestException(IngestFailure failure, String message) {
    this(failure, message, (Throwable) null);
  }

  public IngestException(IngestFailure failure, String message, Throwable cause) {
    super(oneLine(message), cause);
    this.failure = failure;
    this.causeClass = cause == null ? null : cause.getClass().getName();
  }

  /** Rebuilds a failure reported by a child process, keeping the class name it reported. */
  public IngestException(IngestFailure failure, String message, String causeClass) {
    super(oneLine(message));
    this.failure = failure;
    this.causeClass = causeClass;
  }

  public IngestFailure failure() {
    return failure;
  }

  /** The class of the underlying exception, when there was one. */
  public String causeClass() {
    return causeClass;
  }

  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    String flat = message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    return flat.length() > 400 ? flat.substring(0, 397) + "..." : flat;
  }
}
