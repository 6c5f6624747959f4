package de.kjchessen.build.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MarkdownPrefetchTest {

    @Test
    void splitsTheBodyLikeJBake() throws Exception {
        // JBake: every line after the first separator line, each with "\n"; \r\n and \r end lines too; BOM dropped
        assertEquals("Text\n\n~~~~~~\nEnde\n",
                MarkdownPrefetch.bodyOf("\uFEFFtitle=T\r\ntype=page\r\n~~~~~~\r\nText\r\n\r~~~~~~\nEnde", "~~~~~~"));
        assertEquals("", MarkdownPrefetch.bodyOf("title=T\n~~~~~~", "~~~~~~"));
        assertNull(MarkdownPrefetch.bodyOf("title=T\nkein Trenner\n", "~~~~~~"));
    }

    @Test
    void servesPrefetchedBodiesAndRendersEachBodyOnce(@TempDir Path content) throws Exception {
        for (int i = 0; i < 50; i++) {
            Files.createDirectories(content.resolve("aktuelles"));
            Files.writeString(content.resolve("aktuelles/pm-" + i + ".md"), "title=PM " + i + "\n~~~~~~\n# Meldung " + i + "\n",
                    StandardCharsets.UTF_8);
        }
        Map<String, AtomicInteger> renders = new ConcurrentHashMap<>();
        MarkdownPrefetch prefetch = MarkdownPrefetch.start(content, "~~~~~~", StandardCharsets.UTF_8, body -> {
            renders.computeIfAbsent(body, b -> new AtomicInteger()).incrementAndGet();
            return ProjectMarkdownEngine.toHtml(body);
        });
        for (int i = 0; i < 50; i++) { // the crawler's calls, racing the worker thread
            assertEquals("<h1 id=\"meldung-" + i + "\">Meldung " + i + "</h1>\n", prefetch.html("# Meldung " + i + "\n"));
        }
        assertEquals("<p>nicht im Ordner</p>\n", prefetch.html("nicht im Ordner\n"), "unbekannter Text wird direkt gerendert");
        // whoever claimed a body first rendered it; the worker skips what the crawler has taken
        renders.forEach((body, n) -> assertEquals(1, n.get(), "doppelt gerendert: " + body));
        assertEquals(51, renders.size());
    }
}
