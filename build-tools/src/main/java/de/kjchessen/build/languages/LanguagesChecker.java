package de.kjchessen.build.languages;

import de.kjchessen.build.Problem;
import de.kjchessen.build.content.ContentFile;
import de.kjchessen.build.data.DataFiles;
import de.kjchessen.build.data.DataSchemaValidator;
import de.kjchessen.build.data.YamlFile;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the languages: every data/sprachen/*.yaml against its schema and against each other (a text key that one
 * language has must be in every language), and every translated page's {@code original=}: the German page must
 * exist, and a translation last checked ({@code stand=}) before its original was is noted for review.
 */
public final class LanguagesChecker {

    public static final String FOLDER = "data/sprachen/";
    public static final String SCHEMA = "data/schemas/sprachen/sprache.schema.json";
    /** The sections whose keys every language must have (navigation and fuss are lists of their own). */
    static final List<String> SECTIONS = List.of("sprache", "texte", "finder");
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);

    private LanguagesChecker() {
    }

    public static void check(Path root, DataFiles data, List<ContentFile> pages, List<Problem> out) throws IOException {
        Map<String, YamlFile> sprachen = new LinkedHashMap<>();
        data.all().forEach((file, yaml) -> {
            if (file.startsWith(FOLDER)) {
                sprachen.put(file, yaml);
            }
        });
        Path schema = root.resolve(SCHEMA);
        if (!sprachen.isEmpty() && Files.isRegularFile(schema)) {
            DataSchemaValidator validator = new DataSchemaValidator();
            for (YamlFile yaml : sprachen.values()) {
                validator.check(yaml, schema, SCHEMA, out);
            }
        }
        checkKeys(sprachen, out);
        checkOriginals(pages, out);
    }

    /** A key (with its path, "finder.skript.eins") that any language file has must be in every one. */
    static void checkKeys(Map<String, YamlFile> sprachen, List<Problem> out) {
        Map<String, Map<String, Integer>> keysByFile = new LinkedHashMap<>();
        Map<String, String> firstFile = new LinkedHashMap<>();
        sprachen.forEach((file, yaml) -> {
            Map<String, Integer> keys = new LinkedHashMap<>();
            for (String section : SECTIONS) {
                YamlFile.tuple(yaml.root(), section).ifPresent(t -> {
                    keys.put(section, YamlFile.line(t.getKeyNode()));
                    collect(section, t.getValueNode(), keys);
                });
            }
            keysByFile.put(file, keys);
            keys.keySet().forEach(k -> firstFile.putIfAbsent(k, file));
        });
        keysByFile.forEach((file, keys) -> firstFile.forEach((key, other) -> {
            if (!keys.containsKey(key)) {
                String parent = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "";
                int line = keys.getOrDefault(parent, 1);
                String name = key.substring(key.lastIndexOf('.') + 1);
                out.add(Problem.error(file, line, "Der Text \u201E" + key + "\u201C fehlt in dieser Sprache ("
                        + other + ", Zeile " + keysByFile.get(other).get(key) + " hat ihn). Ergänzen Sie"
                        + (parent.isEmpty() ? "" : " unter " + parent + ":") + " die Zeile \u201E" + name
                        + ": …\u201C mit dem Text in dieser Sprache."));
            }
        }));
    }

    /** Every key below {@code node} with the line of its name, "finder.skript.eins" → 42. */
    private static void collect(String path, Node node, Map<String, Integer> keys) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    keys.put(path + "." + k.getValue(), YamlFile.line(k));
                    collect(path + "." + k.getValue(), t.getValueNode(), keys);
                }
            }
        }
    }

    /** original= must name a German page; a translation checked before its original was is noted. */
    static void checkOriginals(List<ContentFile> pages, List<Problem> out) {
        Map<String, ContentFile> byFile = new LinkedHashMap<>();
        pages.forEach(p -> byFile.put(p.file(), p));
        for (ContentFile page : pages) {
            if (page.header() == null || page.header().get(LanguageVersions.ORIGINAL) == null) {
                continue;
            }
            String value = page.header().get(LanguageVersions.ORIGINAL).strip();
            int line = page.header().lines().getOrDefault(LanguageVersions.ORIGINAL, 1);
            String originalFile = "content/" + value.replaceFirst("^/", "").replaceFirst("^content/", "");
            ContentFile original = byFile.get(originalFile);
            if (original == null) {
                out.add(Problem.error(page.file(), line, "Das Original \u201E" + value + "\u201C gibt es nicht. "
                        + "Schreiben Sie den Pfad der deutschen Seite unter content/, zum Beispiel "
                        + "original=jobcenter-finden/index.md."));
                continue;
            }
            LocalDate checked = day(page);
            LocalDate changed = day(original);
            if (checked != null && changed != null && changed.isAfter(checked)) {
                out.add(Problem.note(page.file(), line, "Das Original " + originalFile + " hat den Stand "
                        + changed.format(GERMAN) + ", diese Übersetzung den älteren Stand " + checked.format(GERMAN)
                        + ". Gleichen Sie die Übersetzung mit dem Original ab und schreiben Sie dann das Datum der "
                        + "Prüfung bei stand (JJJJ-MM-TT)."));
            }
        }
    }

    /** The day a page was last checked: stand=, else date=. */
    private static LocalDate day(ContentFile page) {
        String value = page.header() == null ? null
                : page.header().get("stand") != null ? page.header().get("stand") : page.header().get("date");
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
