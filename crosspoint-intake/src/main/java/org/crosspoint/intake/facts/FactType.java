package org.crosspoint.intake.facts;

/** Kinds of statement intake extracts; relations, events and claims. */
public enum FactType {
  MEMBERSHIP,
  LEADERSHIP,
  FAMILY,
  NATIONALITY,
  CONTACT,
  ATTACK,
  ARREST,
  PLEDGE,
  RECRUITMENT,
  CROSSING,
  LISTING,
  CLAIM,
  /** An online handle or other identifier of a subject ("who tweets as @ISIS_Urdu"). */
  IDENTIFIER,
  /** A propaganda sighting: booklet, graffiti, wall chalking, with its places (mission S12). */
  PROPAGANDA
}
