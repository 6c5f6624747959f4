package de.kjchessen.build;

import java.time.LocalDate;

/** One dated fact of a page header or data file ({@code stand}, {@code gueltig_bis}): where it is, which key and which day. */
public record DatedFact(String file, int line, String key, LocalDate date) {
}
