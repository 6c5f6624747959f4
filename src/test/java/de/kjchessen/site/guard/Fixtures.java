package de.kjchessen.site.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small broken sites for the checker tests. */
final class Fixtures {

    private Fixtures() {
    }

    static void write(Path root, String rel, String text) throws IOException {
        Path file = root.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A page that passes every meta check; {@code body} goes into main. */
    static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="de">
                <head><title>%s</title>
                <meta name="description" content="Beschreibung">
                <link rel="canonical" href="https://www.example.org/%s">
                <link rel="stylesheet" href="/css/site.css">
                </head>
                <body>
                <main id="inhalt"><h1>%s</h1>
                %s
                </main>
                </body>
                </html>
                """.formatted(title, title, title, body);
    }
}
