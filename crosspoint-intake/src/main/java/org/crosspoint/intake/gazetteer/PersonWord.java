package org.crosspoint.intake.gazetteer;

/** How a word is known from lists of people's names: see {@link Gazetteer#personWord(String)}. */
public enum PersonWord {
  /** A given name ("Tobias", "Ahmed"). */
  GIVEN,
  /** A word of a person's name in any position, mostly surnames ("Ellwood", "Masum"). */
  NAME
}
