package org.crosspoint.intake.mentions;

/** What a mention names. The first five are the ones outside evaluations score. */
public enum MentionType {
  PERSON,
  ORGANISATION,
  PLACE,
  DATE,
  QUANTITY,
  NATIONALITY,
  HANDLE
}
