package de.kjchessen.build.validate;

import de.kjchessen.build.Problem;
import de.kjchessen.build.Suggest;
import de.kjchessen.build.content.ContentFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Header key {@code baustein=}: page.ftl includes templates/bausteine/NAME.ftl, so a misspelt name would stop the
 * bake with a Freemarker error and a baustein on a post or Termin would be dropped silently. Which Bausteine exist
 * is read from that folder, never listed here.
 */
public final class BausteinChecker {

    public static final String KEY = "baustein";
    public static final String FOLDER = "templates/bausteine";

    private BausteinChecker() {
    }

    public static void check(Path root, List<ContentFile> pages, List<Problem> out) throws IOException {
        Set<String> known = known(root);
        for (ContentFile page : pages) {
            String name = page.header() == null ? null : page.header().get(KEY);
            if (name == null) {
                continue;
            }
            int line = page.header().lines().get(KEY);
            String type = page.header().get("type");
            if (type != null && !type.equals("page")) {
                out.add(Problem.error(page.file(), line, "Einen Baustein (baustein=) gibt es nur bei Seiten (type=page), "
                        + "nicht bei type=" + type + ". Löschen Sie die Zeile baustein=" + name + "."));
            } else if (!known.contains(name)) {
                out.add(Problem.error(page.file(), line, "Den Baustein \u201E" + name + "\u201C gibt es nicht."
                        + Suggest.hint(name, known) + " Möglich sind: " + String.join(", ", known) + " (die Dateien in "
                        + FOLDER + "/). Korrigieren Sie den Namen nach baustein= oder löschen Sie die Zeile."));
            }
        }
    }

    /** The names of templates/bausteine/*.ftl, sorted. */
    static Set<String> known(Path root) throws IOException {
        Set<String> names = new TreeSet<>();
        Path folder = root.resolve(FOLDER);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ftl"))
                        .forEach(n -> names.add(n.substring(0, n.length() - ".ftl".length())));
            }
        }
        return names;
    }
}
