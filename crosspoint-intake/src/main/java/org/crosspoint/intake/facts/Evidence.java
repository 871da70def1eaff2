package org.crosspoint.intake.facts;

/** The sentence a fact rests on, with its offsets in the document's cleaned text. */
public record Evidence(String sentence, int start, int end) {}
