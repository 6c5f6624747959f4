package de.kjchessen.build.pictures;

import java.util.List;

/**
 * A picture as the site serves it: WebP variants for browsers that take them, the same widths in the fallback
 * format (JPEG, or PNG for a source with transparency), and the 1200 × 630 Open Graph crop.
 */
public record Picture(String source, int width, int height, List<Variant> modern, List<Variant> fallback, Variant og) {

    /** The variant the plain {@code <img src>} names: the middle width, sharp enough for most screens. */
    public Variant defaultFallback() {
        return fallback.get(Math.min(1, fallback.size() - 1));
    }

    /** The largest variant: its size goes into width/height, so the browser reserves the right space. */
    public Variant largest() {
        return fallback.get(fallback.size() - 1);
    }
}
