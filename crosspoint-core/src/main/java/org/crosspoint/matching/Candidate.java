package org.crosspoint.matching;

import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;

/**
 * One listed entry found by screening.
 *
 * @param entry the entry
 * @param matchedName the entry's name or alias that met the query, exactly as imported
 * @param score 0..1 after date of birth, nationality, gender and document corroboration
 * @param alert whether this raises an alert: score at or above the default threshold on a name that
 *     may alert alone (a person's name that is not a weak or one-word alias)
 * @param explanation part by part and field by field
 */
public record Candidate(
    Entry entry, EntryName matchedName, double score, boolean alert, Explanation explanation) {}
