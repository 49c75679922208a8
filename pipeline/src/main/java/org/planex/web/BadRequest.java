package org.planex.web;

/** A request the API refuses with 400 (or the status given), the message telling the client why. */
final class BadRequest extends RuntimeException {

  private final int status;

  BadRequest(String message) {
    this(400, message);
  }

  BadRequest(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
