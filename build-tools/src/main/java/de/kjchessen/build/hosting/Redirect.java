package de.kjchessen.build.hosting;

/**
 * One permanent redirect from an old address to a page of this site (data/redirects.yaml).
 *
 * @param path  old URL path, decoded, always starting with "/" ("/index.php")
 * @param query old query string without "?" that must match exactly, or null to match any query
 * @param to    target: a root-relative path of this site ("/ueber-uns/") or an https URL
 * @param line  line of "von" in data/redirects.yaml, for editor messages
 * @param toLine line of "nach"
 */
public record Redirect(String path, String query, String to, int line, int toLine) {

    /** The old address as the editor wrote it. */
    public String from() {
        return query == null ? path : path + "?" + query;
    }

    public boolean internalTarget() {
        return to.startsWith("/");
    }
}
