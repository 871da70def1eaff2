package org.crosspoint.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crosspoint.intake.document.Document;
import org.crosspoint.intake.document.DocumentReader;
import org.crosspoint.intake.facts.Fact;
import org.crosspoint.intake.facts.FactType;
import org.crosspoint.intake.mentions.Mention;
import org.crosspoint.intake.mentions.MentionType;
import org.crosspoint.intake.text.Segmenter;
import org.crosspoint.intake.text.Sentence;
import org.junit.jupiter.api.Test;

class IntakeTest {
  private static final Intake INTAKE = Intake.standard();

  private static Extraction extract(String raw) {
    return INTAKE.extract(DocumentReader.fromText("x", "fixture.txt", raw));
  }

  @Test
  void furnitureAndRepeatedParagraphsAreDroppedAndBylineDateKept() {
    String raw =
        "close\nFriday March 29, 2024\n\nA headline about things\n\nBy Jane Reporter\nJune 05, 2016\n\n"
            + "This is the first paragraph of the report, long enough to count as body text here.\n\n"
            + "This is the first paragraph of the report, long enough to count as body text here.\n\n"
            + "Leave a Comment\n\nLogin\n\nMost Popular\n";
    Document d = DocumentReader.fromText("x", "f.txt", raw);
    assertEquals(Optional.of(LocalDate.of(2016, 6, 5)), d.published());
    assertEquals(Optional.of("Jane Reporter"), d.author());
    assertFalse(d.text().contains("Leave a Comment"));
    assertFalse(d.text().contains("Login"));
    assertEquals(d.text().indexOf("This is the first"), d.text().lastIndexOf("This is the first"));
  }

  @Test
  void sentencesKeepOffsetsAndSkipAbbreviations() {
    String text = "Dr. Aymen spoke. Then U.S. forces left.\nNext line";
    List<Sentence> s = Segmenter.sentences(text);
    assertEquals(3, s.size());
    assertEquals("Dr. Aymen spoke.", text.substring(s.get(0).start(), s.get(0).end()));
  }

  @Test
  void islamicStateAliasesResolveToOneOrganisationAndBranchStaysApart() {
    Extraction x =
        extract("ISIS, also called Daesh, Daish, ISIL and IS, leads ISIS-K in Pakistan.");
    List<String> canon =
        x.mentions().stream()
            .filter(m -> m.type() == MentionType.ORGANISATION)
            .map(Mention::canonical)
            .toList();
    assertEquals(5, canon.stream().filter("Islamic State"::equals).count(), canon.toString());
    assertTrue(canon.contains("Islamic State Khorasan Province"));
  }

  @Test
  void mentionOffsetsIndexTheCleanedText() {
    Extraction x =
        extract("Interior Minister Chaudhry Nisar said in Lahore that 45 militants were killed.");
    for (Mention m : x.mentions()) {
      assertEquals(m.text(), x.document().text().substring(m.start(), m.end()));
    }
    Mention p =
        x.mentions().stream().filter(m -> m.type() == MentionType.PERSON).findFirst().orElseThrow();
    assertEquals("Interior Minister Chaudhry Nisar", p.text());
    assertEquals("Chaudhry Nisar", p.canonical());
    assertEquals("Interior Minister", p.attribute("title"));
  }

  private static List<String> typed(String text) {
    return INTAKE.mentions(text, Optional.empty()).stream()
        .filter(
            m ->
                m.type() == MentionType.PERSON
                    || m.type() == MentionType.ORGANISATION
                    || m.type() == MentionType.PLACE)
        .map(m -> m.type() + ":" + m.text())
        .toList();
  }

  @Test
  void aRankAfterAServiceNameOpensAPersonNotAnOrganisation() {
    assertEquals(
        List.of("PERSON:Navy Capt. Jeff Davis"),
        typed("Questions will be taken by Navy Capt. Jeff Davis at the briefing."));
    assertEquals(
        List.of("PERSON:Navy Senior Chief Petty Officer Scott C. Dayton"),
        typed("Navy Senior Chief Petty Officer Scott C. Dayton, 42, died."));
    assertEquals(
        List.of("ORGANISATION:The Foreign Office"), typed("The Foreign Office said nothing."));
  }

  @Test
  void theUsAbbreviationIsTheStateActingAndAPlaceOnlyAfterALocative() {
    assertEquals(
        List.of("ORGANISATION:U.S.", "PLACE:Iraq"),
        typed("With U.S. support, the museum in Iraq reopened."));
    assertEquals(List.of("PLACE:U.S."), typed("He was trained in the U.S. last year."));
  }

  @Test
  void aPlaceAfterOfInsideARuleBuiltBodyIsMarkedInsideAndNoFactPlace() {
    assertEquals(
        List.of(
            "ORGANISATION:The Government of Iraq", "PLACE:Iraq", "ORGANISATION:the UK Government"),
        typed("The Government of Iraq and the UK Government met."));
    Mention iraq =
        INTAKE.mentions("The Government of Iraq met.", Optional.empty()).stream()
            .filter(m -> m.type() == MentionType.PLACE)
            .findFirst()
            .orElseThrow();
    assertEquals("ORGANISATION", iraq.attribute("inside"));
  }

  @Test
  void aNationsPeopleIsAnOrganisationOfKindPeopleAndNoFactArgument() {
    List<Mention> m =
        INTAKE.mentions("Many Syrians and Uzbek fighters joined ISIS.", Optional.empty());
    List<String> people =
        m.stream()
            .filter(x -> "PEOPLE".equals(x.attribute("kind")))
            .map(x -> x.type() + ":" + x.text())
            .toList();
    assertEquals(List.of("ORGANISATION:Many Syrians", "ORGANISATION:Uzbek fighters"), people);
    Extraction x = extract("Hundreds of Syrians pledged allegiance to ISIS in May 2015.");
    for (Fact f : x.facts()) {
      assertFalse(f.toString().contains("Syrians"), f.toString());
    }
  }

  @Test
  void anOfficeWithoutANameIsAPersonOfKindRoleAndNoSubjectOrFactArgument() {
    List<Mention> m =
        INTAKE.mentions(
            "The Prime Minister met the Foreign Ministers. A Foreign Office spokesman said so.",
            Optional.empty());
    assertEquals(
        List.of(
            "PERSON:Prime Minister",
            "ORGANISATION:Foreign Ministers",
            "PERSON:Foreign Office spokesman"),
        m.stream().filter(Mention::nameless).map(x -> x.type() + ":" + x.text()).toList());
    // The office's domain belongs to it; a named holder is the person, the office a title.
    assertEquals(
        List.of("PERSON:Minister for the Middle East", "PLACE:Middle East"),
        typed("He met the Minister for the Middle East."));
    List<Mention> kerry = INTAKE.mentions("He met Secretary of State Kerry.", Optional.empty());
    assertTrue(kerry.stream().noneMatch(Mention::nameless));
    assertEquals(
        List.of("Secretary of State Kerry/Kerry/Secretary of State"),
        kerry.stream()
            .filter(x -> x.type() == MentionType.PERSON)
            .map(x -> x.text() + "/" + x.canonical() + "/" + x.attribute("title"))
            .toList());
    assertTrue(
        INTAKE.mentions("The Taliban spokesman Abdul Quernfeld spoke.", Optional.empty()).stream()
            .noneMatch(Mention::nameless));
    // An honorific alone or one office word after a preposition is no one.
    assertEquals(
        List.of("PERSON:Minister of Home Affairs"), typed("He met the Minister of Home Affairs."));
    assertEquals(
        List.of("PERSON:Minister for Foreign Affairs"),
        typed("The Minister for Foreign Affairs said so."));
    assertEquals(List.of("PERSON:Commander Jones"), typed("He met Commander Jones."));
    assertEquals(List.of(), typed("He was called the Prince of Poets."));
    assertTrue(
        INTAKE.mentions("He was tried by the Federal Court of Justice.", Optional.empty()).stream()
            .noneMatch(Mention::nameless));
    assertEquals(List.of(), typed("It is a Rewards for Justice offer."));
    // In a fact the office stays a description of the victim, not a named victim.
    Extraction x = extract("The Prime Minister was killed in Kabul on 4 May 2016.");
    assertEquals(1, x.facts().size());
    assertEquals(null, x.facts().get(0).argument("victim"));
    assertEquals(List.of("Prime Minister"), x.facts().get(0).argument("victim_description"));
  }

  @Test
  void particlesCommonWordsAtTheStartAndRelativesAreReadAsNamesOrNot() {
    // A European particle inside a name, a lower-case "al-" before a nisba.
    assertEquals(List.of("PERSON:Laurent de Quernfeld"), typed("They met Laurent de Quernfeld."));
    assertEquals(List.of("PERSON:al-Tanawi"), typed("He read the author al-Tanawi, who wrote."));
    // "Residents said": a common word opening the sentence is no name by the speech verb alone.
    assertEquals(List.of(), typed("Residents said the town was quiet."));
    assertEquals(List.of("PERSON:Quernfeld"), typed("Quernfeld said the town was quiet."));
    // A sentence with a lower-case verb is no headline: its listed names stay persons.
    assertEquals(
        List.of(
            "PLACE:Britain",
            "PERSON:Philip Hammond",
            "PLACE:France",
            "PERSON:Laurent Fabius",
            "PLACE:Turkey",
            "PERSON:Mevlut Cavusoglu"),
        typed(
            "Britain's Philip Hammond and France's Laurent Fabius met Turkey's Mevlut Cavusoglu."));
    // A relative: the family name of a person named with evidence, without evidence of its own.
    assertEquals(
        List.of("PERSON:Masoud Barzani", "PERSON:Zorvan Barzani"),
        typed("Masoud Barzani spoke. He later met Zorvan Barzani."));
    assertEquals(List.of(), typed("He later met Zorvan Barzani."));
  }

  @Test
  void arabicLandformWordsAndKindsOfPlaceMakePlacesNotPersons() {
    assertEquals(List.of("PLACE:Ras al-Ain"), typed("Fighting spread to Ras al-Ain yesterday."));
    assertEquals(
        List.of("PLACE:Al-Sinek neighborhood"),
        typed("Bombs hit the Al-Sinek neighborhood yesterday."));
  }

  @Test
  void aHeadlineRunIsAPersonOnlyWhenTheTextNamesThePersonElsewhere() {
    assertEquals(
        List.of(), typed("Foreign Secretary Visits Troops Ahead Of Winter Deployment Review\n"));
    assertEquals(
        List.of("PERSON:Tobias Ellwood", "PLACE:Syria", "PERSON:Tobias Ellwood"),
        typed(
            "Tobias Ellwood, Syria Envoy, Meets Refugee Leaders Today\nTobias Ellwood said so.\n"));
  }

  @Test
  void aRegimeNamedAfterItsLeaderIsAnOrganisationAroundThePerson() {
    List<Mention> m = INTAKE.mentions("Attacks by Assad’s regime went on.", Optional.empty());
    assertEquals(
        List.of("ORGANISATION:Assad regime", "PERSON:Assad"),
        m.stream()
            .filter(x -> x.type() == MentionType.PERSON || x.type() == MentionType.ORGANISATION)
            .map(x -> x.type() + ":" + x.canonical())
            .toList());
    assertEquals(List.of("PERSON:Russell"), typed("“We train,” said Russell. “We learn.”"));
  }

  @Test
  void fourPlainCapitalisedWordsAreNoNameButALongArabicNameIs() {
    assertEquals(List.of(), typed("We watched Bright Morning Golden Dawn yesterday."));
    assertEquals(
        List.of("PERSON:Abu Bakr al-Baghdadi"),
        typed("We watched Abu Bakr al-Baghdadi yesterday."));
  }

  @Test
  void twoCountriesJoinedByAHyphenAreTwoPlaces() {
    assertEquals(
        List.of("PLACE:UK", "PLACE:France"), typed("They discussed UK-France co-operation."));
    assertEquals(
        List.of("ORGANISATION:the UK-France Summit", "PLACE:UK", "PLACE:France"),
        typed("They met at the UK-France Summit."));
  }

  @Test
  void anUntitledRunIsAPersonOnlyWithNameEvidence() {
    // No title, no listed name word, no context: a programme's name, not a person.
    assertEquals(List.of(), typed("They joined Unified Trident last spring."));
    // A given name from the public lists, a speech verb before, an age after.
    assertEquals(List.of("PERSON:Tobias Quernfeld"), typed("They met Tobias Quernfeld there."));
    assertEquals(
        List.of("PERSON:Zorvan Quernfeld"), typed("\"It is fine,\" says Zorvan Quernfeld."));
    assertEquals(
        List.of("PERSON:Zorvan Quernfeld"), typed("Zorvan Quernfeld, 42, of Leeds, died."));
    // "Abd" and a name of God written as one word is an Arabic given name.
    assertEquals(
        List.of("PERSON:Abdulbaset Quernfeld"), typed("They met Abdulbaset Quernfeld there."));
  }

  @Test
  void aQualifierAloneIsNoTitleAndACompassWordOpensARegion() {
    assertEquals(List.of(), typed("It issued a Special Notice about them."));
    assertEquals(List.of("PLACE:South Kivu"), typed("Fighting spread across South Kivu."));
  }

  @Test
  void aLoneGivenNameInsideASentenceIsAPerson() {
    assertEquals(List.of("PERSON:Amjad"), typed("For 14-year-old Amjad it is safer there."));
  }

  @Test
  void aPlaceNameEndingATitledNameIsTheSurname() {
    assertEquals(
        List.of("PERSON:Dr. Ahmed Kamil Murad"),
        typed("We met Dr. Ahmed Kamil Murad, the director."));
  }

  @Test
  void anUnknownNameAfterNearIsAPlaceAndKnownLeadersStandAlone() {
    assertEquals(
        List.of("PLACE:Tal Afar"), typed("Near Tal Afar, three strikes destroyed a building."));
    assertEquals(
        List.of("PERSON:Assad", "PERSON:Assad"),
        typed("A future in which Assad has no part, free of pro-Assad forces."));
  }

  @Test
  void relativeDatesResolveAgainstPublication() {
    List<Mention> m =
        INTAKE.mentions(
            "He was arrested in January this year and freed last month.",
            Optional.of(LocalDate.of(2016, 6, 5)));
    List<String> dates =
        m.stream().filter(x -> x.type() == MentionType.DATE).map(Mention::canonical).toList();
    assertEquals(List.of("2016-01", "2016-05"), dates);
  }

  @Test
  void listedAttacksTakeTheClaimerAndKeepAttributionApart() {
    Extraction x =
        extract(
            "The ISIS-K has claimed responsibility for attacks in Pakistan which include:\n"
                + "• May 2015 Safoora Goth bus attack (45 killed)\n\n"
                + "Except the Safoora Goth attack which was conducted by Jundullah, the claims were questioned.");
    Fact a = x.facts().stream().filter(f -> f.type() == FactType.ATTACK).findFirst().orElseThrow();
    assertEquals(45, a.argument("killed"));
    assertEquals(List.of("Islamic State Khorasan Province"), a.argument("claimed_by"));
    assertEquals(List.of("Jundullah"), a.argument("attributed_to"));
    assertEquals("2015-05", a.argument("date"));
  }

  @Test
  void denialAndAffirmationInOneSentenceAreTwoClaims() {
    Extraction x =
        extract(
            "While the federal government continues to deny the presence of Daesh in the country, security agencies claim that Daesh is recruiting.");
    List<Object> stances =
        x.facts().stream()
            .filter(f -> f.type() == FactType.CLAIM)
            .map(f -> f.argument("stance"))
            .toList();
    assertEquals(List.of("deny", "affirm"), stances);
  }

  @Test
  void familyNationalityAndPledgeAreExtracted() {
    Extraction x =
        extract(
            "Otari al-Najadi with his wife Saba Fakhri traveled on Syrian passports to Pakistan. "
                + "Fares al-Aruri is a Syrian national. Tehreek-e-Khilafat swore allegiance to ISIS in July 2014.");
    assertTrue(
        x.facts().stream()
            .anyMatch(
                f -> f.type() == FactType.FAMILY && "Saba Fakhri".equals(f.argument("relative"))));
    assertTrue(
        x.facts().stream()
            .anyMatch(
                f ->
                    f.type() == FactType.NATIONALITY
                        && List.of("SYR").equals(f.argument("nationality"))));
    assertTrue(
        x.facts().stream()
            .anyMatch(
                f ->
                    f.type() == FactType.CROSSING
                        && "Syrian passports".equals(f.argument("document"))));
    assertTrue(
        x.facts().stream()
            .anyMatch(f -> f.type() == FactType.PLEDGE && "2014-07".equals(f.argument("date"))));
  }

  @Test
  void arabicScriptAndRtlMarksDoNotBreakExtraction() {
    Extraction x =
        extract(
            "\u200fداعش في لاہور. Abu Bakr al-Baghdadi said \u0627\u0644\u062f\u0648\u0644\u0629.");
    for (Mention m : x.mentions()) {
      assertEquals(m.text(), x.document().text().substring(m.start(), m.end()));
    }
  }

  @Test
  void htmlCommentSectionsAndNavigationAreRemoved() {
    String html =
        "<html><head><meta property='og:site_name' content='Daily Test'></head><body><nav>Home News</nav>"
            + "<p>Hafiz Saeed Ahmad was arrested in Lahore by police on Monday, officials said today.</p>"
            + "<div class='comments'><p>Great article, Jane Doe</p></div><footer>Most Popular</footer></body></html>";
    Document d = DocumentReader.fromHtml("x", "p.html", html);
    assertEquals(Optional.of("Daily Test"), d.outlet());
    assertFalse(d.text().contains("Great article"));
    assertFalse(d.text().contains("Home News"));
    assertTrue(d.text().startsWith("Hafiz Saeed Ahmad"));
  }

  @Test
  void newsStyleAttackTakesCasualtiesFromNumbersAndALaterClaim() {
    Extraction x =
        extract(
            "A suicide bomber killed at least 12 people and wounded 30 in Quetta on Monday, police said. "
                + "Jamaat-ul-Ahrar claimed responsibility for the attack.");
    List<Fact> attacks = x.facts().stream().filter(f -> f.type() == FactType.ATTACK).toList();
    assertEquals(1, attacks.size(), attacks.toString());
    Fact a = attacks.get(0);
    assertEquals(12, a.argument("killed"));
    assertEquals(30, a.argument("wounded"));
    assertEquals("Quetta", a.argument("place"));
    assertEquals(List.of("Jamaat-ul-Ahrar"), a.argument("claimed_by"));
  }
}
