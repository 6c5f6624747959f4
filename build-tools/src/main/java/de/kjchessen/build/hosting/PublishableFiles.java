package de.kjchessen.build.hosting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What must never be published although the bake copies it: drafts (JBake writes them as "*-draft.html"),
 * files that editors' programs leave beside the real ones, and source maps (they expose sources).
 */
public final class PublishableFiles {

    private static final Pattern EDITOR_FILE = Pattern.compile(
            ".*~|\\..*\\.sw[a-p]|.*\\.(bak|orig|rej|tmp|swp)|\\.#.*|#.*#|\\.DS_Store|Thumbs\\.db|desktop\\.ini|~\\$.*",
            Pattern.CASE_INSENSITIVE);

    private PublishableFiles() {
    }

    /** Why the file (path relative to the site root, with "/") must not be published, or empty if it may. */
    public static Optional<String> reasonToExclude(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        if (name.endsWith(".map")) {
            return Optional.of("Source-Map");
        }
        if (name.matches(".*-draft\\.[a-z]+")) {
            return Optional.of("Entwurf");
        }
        if (EDITOR_FILE.matcher(name).matches()) {
            return Optional.of("Hilfsdatei eines Editors oder Betriebssystems");
        }
        // Hidden files and folders (.git, .gitkeep, .jbakeignore) except the server configuration and /.well-known/.
        for (String part : rel.split("/")) {
            if (part.startsWith(".") && !part.equals(".htaccess") && !part.equals(".well-known")) {
                return Optional.of("versteckte Datei");
            }
        }
        return Optional.empty();
    }

    /** Deletes every unpublishable file under {@code site}; returns "path (reason)" for each. */
    public static List<String> prune(Path site) throws IOException {
        Map<Path, String> excluded = unpublishable(site);
        for (Path file : excluded.keySet()) {
            Files.delete(file);
        }
        // Folders left empty (e.g. a hidden folder) go too.
        try (Stream<Path> s = Files.walk(site)) {
            for (Path dir : s.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
                try (Stream<Path> inside = Files.list(dir)) {
                    if (!dir.equals(site) && inside.findAny().isEmpty()) {
                        Files.delete(dir);
                    }
                }
            }
        }
        return List.copyOf(excluded.values());
    }

    /**
     * Every file under {@code site} that must not be published → "path (reason)", in path order. Steps that
     * need a published site (search index, archive) refuse one where this is not empty.
     */
    public static Map<Path, String> unpublishable(Path site) throws IOException {
        Map<Path, String> excluded = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path file : s.filter(Files::isRegularFile).sorted().toList()) {
                String rel = site.relativize(file).toString().replace('\\', '/');
                reasonToExclude(rel).ifPresent(reason -> excluded.put(file, rel + " (" + reason + ")"));
            }
        }
        return excluded;
    }
}
