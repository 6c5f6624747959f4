package de.kjchessen.build.content;

/**
 * One document under content/ as the validator sees it.
 *
 * @param file   path relative to the project root ("content/kontakt/index.md")
 * @param url    the address the bake gives it ("/kontakt/")
 * @param text   the whole file, decoded as UTF-8
 * @param header the parsed header, or null when it is missing or broken (already reported)
 */
public record ContentFile(String file, String url, String text, Header header) {

    public boolean isMarkdown() {
        return file.endsWith(".md");
    }

    /** The Markdown body after the header separator. */
    public String body() {
        if (header == null) {
            return "";
        }
        // The lines from bodyStartLine on, joined with "\n" (a CRLF file reads as LF): found by counting line
        // ends rather than splitting the whole file, since several checkers ask for it on every page.
        int from = header.bodyStartLine() - 1;
        int start = 0;
        for (int line = 0; line < from; line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                return "";
            }
            start = end + 1;
        }
        return text.substring(start).replace("\r\n", "\n");
    }
}
