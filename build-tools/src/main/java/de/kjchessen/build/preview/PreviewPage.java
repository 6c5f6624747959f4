package de.kjchessen.build.preview;

/**
 * The frame of the preview's own pages (error page, handbook): the site's header, main and footer classes and its
 * stylesheet, served from assets/ ({@link #STYLESHEET}) so the pages look like the site even while the site itself
 * cannot be built, plus a few rules of their own ({@link #PREVIEW_STYLESHEET}).
 */
public final class PreviewPage {

    /** The site's stylesheet, straight from assets/css/site.css. */
    public static final String STYLESHEET = PreviewServer.PREFIX + "site.css";
    /** The few rules only the preview's pages need (a resource of build-tools, never in the published site). */
    public static final String PREVIEW_STYLESHEET = PreviewServer.PREFIX + "vorschau.css";

    private PreviewPage() {
    }

    /** The content of {@link #PREVIEW_STYLESHEET}. */
    public static byte[] previewCss() {
        try (java.io.InputStream in = PreviewPage.class.getResourceAsStream("vorschau.css")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String render(String title, String mainHtml) {
        return "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">\n"
                + "<link rel=\"stylesheet\" href=\"" + PREVIEW_STYLESHEET + "\">\n</head>\n<body>\n"
                + "<a class=\"skip-link\" href=\"#inhalt\">Zum Inhalt springen</a>\n"
                + "<header class=\"kopf\">\n<div class=\"breite kopf__inner\">\n"
                + "<a class=\"kopf__marke\" href=\"/\"><span class=\"kopf__name\">Vorschau</span>"
                + "<span class=\"kopf__kampagne\">Nur auf Ihrem Rechner, nicht veröffentlicht</span></a>\n"
                + "</div>\n</header>\n"
                + "<div class=\"breite\">\n<main id=\"inhalt\" tabindex=\"-1\" class=\"vorschau-seite\">\n"
                + mainHtml
                + "</main>\n</div>\n"
                + "<footer class=\"fuss\">\n<div class=\"breite\">\n<p class=\"fuss__text\">"
                + "<a href=\"" + Handbook.PATH + "\">Redaktionshandbuch</a> · Vorschau der Website</p>\n"
                + "</div>\n</footer>\n</body>\n</html>\n";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
