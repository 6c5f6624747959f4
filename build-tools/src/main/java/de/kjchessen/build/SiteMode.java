package de.kjchessen.build;

import java.util.Locale;

/** Preview builds warn about what is not ready to publish; publish builds refuse it. */
public enum SiteMode {
    PREVIEW, PUBLISH;

    public static SiteMode parse(String value) {
        return value == null ? PREVIEW : valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
