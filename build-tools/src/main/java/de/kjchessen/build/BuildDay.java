package de.kjchessen.build;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day the site is built for, in Europe/Berlin: what is upcoming or past, who is responsible and which fact
 * is due for review are all decided for this day. Tests and a preview of a coming change set it with the system
 * property {@value #PROPERTY} (JJJJ-MM-TT), e.g. {@code mvn package -Dkjc.heute=2025-12-15}.
 */
public final class BuildDay {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final String PROPERTY = "kjc.heute";

    private BuildDay() {
    }

    public static LocalDate today() {
        String fixed = System.getProperty(PROPERTY);
        return fixed == null || fixed.isBlank() ? LocalDate.now(BERLIN) : LocalDate.parse(fixed.strip());
    }
}
