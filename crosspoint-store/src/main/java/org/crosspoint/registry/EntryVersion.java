package org.crosspoint.registry;

import java.time.Instant;
import org.crosspoint.watchlist.Entry;

/**
 * One version of an entry as the registry keeps it.
 *
 * @param version 1, 2, ... per entry
 * @param validFrom when this version became the entry's state (UTC)
 * @param validTo when the next version replaced it, or null while it is current
 * @param contentHash SHA-256 of the entry's stored JSON document
 * @param changeId the registry change that wrote it
 * @param actor who made that change
 * @param action IMPORT, PUT or DELIST
 * @param detail the change's reason or source file
 * @param entry the entry as it was (its status says whether it was listed)
 */
public record EntryVersion(
    int version,
    Instant validFrom,
    Instant validTo,
    String contentHash,
    long changeId,
    String actor,
    String action,
    String detail,
    Entry entry) {}
