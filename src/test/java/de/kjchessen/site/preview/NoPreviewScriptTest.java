package de.kjchessen.site.preview;

import de.kjchessen.site.support.GeneratedSite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's reload script lives only in the preview server: the published site never carries it. */
class NoPreviewScriptTest {

    @Test
    void thePublishedSiteHasNoReloadScript() throws IOException {
        Path site = GeneratedSite.DIR;
        assertTrue(Files.isRegularFile(site.resolve("index.html")), "site not built: " + site);
        List<String> offenders;
        try (Stream<Path> files = Files.walk(site)) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().equals("neu-laden.js") || contains(f, "__vorschau"))
                    .map(f -> site.relativize(f).toString()).toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
