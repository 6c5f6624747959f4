package de.kjchessen.build.bake;

import de.kjchessen.build.SourceFiles;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Links to documents (PDF, office files) say what they open: "[Flyer](/downloads/flyer.pdf)" is rendered as
 * "Flyer (PDF, 486 kB)", as public-sector sites do, so nobody downloads 20 MB on a phone by surprise. The file is
 * looked up where the bake copies it from: assets/ first, then content/.
 */
public final class Attachments {

    /** File extension → the type named in the link text. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "PDF"), Map.entry("doc", "Word"), Map.entry("docx", "Word"),
            Map.entry("xls", "Excel"), Map.entry("xlsx", "Excel"), Map.entry("ppt", "PowerPoint"),
            Map.entry("pptx", "PowerPoint"), Map.entry("odt", "ODT"), Map.entry("ods", "ODS"),
            Map.entry("odp", "ODP"), Map.entry("rtf", "RTF"));

    private final List<Path> folders;

    /** @param folders where the site's files come from, in the bake's order (assets/, content/) */
    public Attachments(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The document type of a link to a local file, e.g. "PDF" for "/downloads/flyer.pdf?x#y"; empty otherwise. */
    public static Optional<String> type(String url) {
        if (url.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || url.startsWith("//")) {
            return Optional.empty(); // other sites and mailto: are not files of this site
        }
        String path = url.replaceAll("[?#].*$", "");
        int dot = path.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** "486 kB", "1,2 MB" (German decimal comma, 1 kB = 1000 bytes, at least 1 kB). */
    public static String size(long bytes) {
        if (bytes < 1_000_000) {
            return Math.max(1, Math.round(bytes / 1000.0)) + " kB";
        }
        double mb = bytes / 1_000_000.0;
        return (mb < 10 ? String.format(Locale.GERMAN, "%.1f", mb) : String.valueOf(Math.round(mb))) + " MB";
    }

    /** The source file of a root-relative link, or empty for a page-relative link we cannot place. */
    Optional<Path> file(String url) {
        return SourceFiles.of(folders, url);
    }

    /** Appends " (PDF, 486 kB)" to every link to a document of this site that exists. */
    public void annotate(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Link link) {
                label(link);
            } else {
                annotate(node);
            }
        }
    }

    private void label(Link link) {
        String url = link.getUrl().toString();
        Optional<String> type = type(url);
        if (type.isEmpty()) {
            return;
        }
        String text = link.getText().toString();
        if (text.contains("(" + type.get() + ",")) {
            return; // written by hand already
        }
        file(url).ifPresent(f -> {
            try {
                link.appendChild(new Text(BasedSequence.of(" (" + type.get() + ", " + size(Files.size(f)) + ")")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
