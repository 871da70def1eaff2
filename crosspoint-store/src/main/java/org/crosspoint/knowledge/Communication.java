package org.crosspoint.knowledge;

import java.time.LocalDate;
import java.util.Optional;

/** An inter-agency letter, kept as a first-class record (mission S4). */
public record Communication(
    String id,
    String sha256,
    String sender,
    String recipient,
    Optional<String> reference,
    Optional<LocalDate> sentOn,
    Optional<String> subject,
    String body,
    String fileName) {}
