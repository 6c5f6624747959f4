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
        String[] lines = text.split("\r?\n", -1);
        int from = header.bodyStartLine() - 1;
        return from >= lines.length ? "" : String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }
}
