package org.crosspoint.intake.gazetteer;

/** A place name: its canonical form, ISO 3166 alpha-2 country ("-" for regions) and kind. */
public record Place(String canonical, String country, String kind) {}
