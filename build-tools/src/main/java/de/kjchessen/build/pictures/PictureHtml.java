package de.kjchessen.build.pictures;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place that writes a picture's markup, for the picture of a post (header {@code image=}) and for pictures
 * in Markdown bodies: {@code <picture>} with a WebP source and the fallback, srcset/sizes, width/height of the
 * largest variant (no layout shift), lazy loading below the first screen, and the caption "Foto: … / Lizenz".
 */
public final class PictureHtml {

    /** The text column is at most 42rem wide (assets/css/site.css, --breite-text); below that the full width. */
    static final String SIZES = "(min-width: 45rem) 42rem, 100vw";

    private PictureHtml() {
    }

    /** {@code lazy}: false for the picture at the top of a page (the browser needs it at once). */
    public static String picture(Picture p, String alt, boolean lazy) {
        Variant img = p.defaultFallback();
        Variant largest = p.largest();
        return "<picture>"
                + "<source type=\"image/webp\" srcset=\"" + srcset(p.modern()) + "\" sizes=\"" + SIZES + "\">"
                + "<img src=\"" + img.path() + "\" srcset=\"" + srcset(p.fallback()) + "\" sizes=\"" + SIZES + "\""
                + " width=\"" + largest.width() + "\" height=\"" + largest.height() + "\" alt=\"" + escape(alt) + "\""
                + (lazy ? " loading=\"lazy\"" : "") + " decoding=\"async\">"
                + "</picture>";
    }

    public static String figure(Picture p, String alt, String caption, boolean lazy) {
        return "<figure class=\"abbildung\">" + picture(p, alt, lazy)
                + (caption == null || caption.isBlank() ? "" : "<figcaption>" + escape(caption) + "</figcaption>")
                + "</figure>";
    }

    /** "Foto: Anna Beispiel / CC BY 4.0"; a credit written with its own "Foto:" or "Grafik:" keeps it. */
    public static String caption(String credit, String licence) {
        if (credit == null || credit.isBlank()) {
            return "";
        }
        String c = credit.strip();
        String text = c.matches("(?i)(foto|bild|grafik|illustration|abbildung)\\s*:.*") ? c : "Foto: " + c;
        return licence == null || licence.isBlank() ? text : text + " / " + licence.strip();
    }

    private static String srcset(List<Variant> variants) {
        return variants.stream().map(v -> v.path() + " " + v.width() + "w").collect(Collectors.joining(", "));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
