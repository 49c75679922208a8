package org.planex.model;

/** When a task is due: a normalised date or period, the text as written, and the body it binds. */
public record Deadline(String date, String text, String body) {}
