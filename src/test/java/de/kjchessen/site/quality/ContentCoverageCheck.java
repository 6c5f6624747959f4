package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every Markdown file in content/ must have produced its page, and no page may have landed as a draft.
 * JBake drops a page with a mere warning (missing or unclosed header, YAML front matter, unknown type,
 * missing status) and renders drafts as "*-draft.html"; this check turns both into a failing build.
 */
public final class ContentCoverageCheck {

    private ContentCoverageCheck() {
    }

    public static List<Fault> check(Path contentDir, GeneratedSite site) {
        List<Fault> faults = new ArrayList<>();
        for (Path md : markdownFiles(contentDir)) {
            String rel = contentDir.relativize(md).toString().replace('\\', '/');
            String expected = rel.substring(0, rel.length() - ".md".length()) + ".html";
            if (!Files.isRegularFile(site.root().resolve(expected))) {
                faults.add(new Fault("content/" + rel, 1, "Aus dieser Datei ist keine Seite entstanden (erwartet: "
                        + expected + "). JBake hat sie verworfen: Prüfen Sie den Kopf (title, date, type, status "
                        + "und die abschließende Zeile ~~~~~~)."));
            }
        }
        for (Path file : site.allFiles()) {
            String rel = site.relative(file);
            if (rel.endsWith("-draft.html")) {
                faults.add(new Fault(rel, 0, "Ein Entwurf wurde in die Website geschrieben. Entwürfe dürfen nicht "
                        + "veröffentlicht werden: status=published setzen oder die Datei herausnehmen."));
            }
        }
        return faults;
    }

    private static List<Path> markdownFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
