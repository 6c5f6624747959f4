package de.kjchessen.build.generate;

/** Public URLs of JBake documents, exactly as templates/lib/layout.ftl (cleanUrl) writes them. */
public final class Urls {

    private Urls() {
    }

    /** "ueber-uns/index.html" → "/ueber-uns/", "index.html" → "/", "a/b.html" → "/a/b.html". */
    public static String clean(String uri) {
        String u = uri.startsWith("/") ? uri.substring(1) : uri;
        if (u.equals("index.html")) {
            return "/";
        }
        if (u.endsWith("/index.html")) {
            return "/" + u.substring(0, u.length() - "index.html".length());
        }
        return "/" + u;
    }
}
