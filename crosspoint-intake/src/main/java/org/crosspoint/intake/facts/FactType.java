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
  CLAIM
}
