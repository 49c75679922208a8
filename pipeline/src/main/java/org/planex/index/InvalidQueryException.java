package org.planex.index;

/** A query or filter the index cannot answer as given; the message says why, in words for the user. */
public final class InvalidQueryException extends IllegalArgumentException {

  public InvalidQueryException(String message) {
    super(message);
  }
}
