package de.kjchessen.site.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small sites with deliberate faults for the checker and gate tests: one fault per page. */
final class Fixtures {

    /** Passes every gate: tokens with enough contrast, a focus style, skip link first, main as its target. */
    static final String BROWSER_CSS = """
            :root { --farbe-text: #1b1b1b; --farbe-hintergrund: #ffffff; --farbe-fokus: #ffdd00; --farbe-fokus-text: #0b0c0c; }
            body { margin: 0; font-family: sans-serif; color: var(--farbe-text); background: var(--farbe-hintergrund); }
            .skip { position: absolute; left: 0; top: -10rem; }
            .skip:focus { top: 0; }
            a:focus-visible, input:focus-visible, button:focus-visible { outline: 3px solid var(--farbe-fokus-text); background-color: var(--farbe-fokus); }
            main:focus { outline: none; }
            .blass { color: #b0b0b0; }
            .breit { width: 600px; }
            .ohne-fokus:focus, .ohne-fokus:focus-visible { outline: none; background-color: transparent; }
            """;

    /** For the type scale, split word and touch target gates: one fault each, on pages that also load it. */
    static final String TYPE_CSS = """
            .fuss a { display: inline-block; min-width: 44px; min-height: 44px; }
            .fuss a.winzig { min-width: 0; min-height: 0; font-size: 10px; line-height: 1; }
            .klein { font-size: 12px; }
            .stand.gross { font-size: 20px; }
            .zerbrochen { word-break: break-all; }
            """;

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

    /** A complete valid page; {@code head} goes into head, {@code body} into main. */
    static String browserPage(String title, String head, String body) {
        return """
                <!DOCTYPE html>
                <html lang="de">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="/css/gate.css">
                %s
                </head>
                <body>
                <a class="skip" href="#inhalt">Zum Inhalt springen</a>
                <header><nav aria-label="Hauptnavigation"><a href="/gut.html">Startseite</a></nav></header>
                <main id="inhalt" tabindex="-1">
                <h1>%s</h1>
                %s
                </main>
                </body>
                </html>
                """.formatted(title, head, title, body);
    }
}
