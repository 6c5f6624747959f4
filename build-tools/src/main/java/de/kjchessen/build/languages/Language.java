package de.kjchessen.build.languages;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One language of the site, from the "sprache:" block of data/sprachen/&lt;code&gt;.yaml. German ("de") is the
 * language of the originals; every other language lives under content/&lt;code&gt;/.
 */
public record Language(String code, String name, String richtung, String locale, String start, int reihenfolge,
                      Map<?, ?> texte) {

    public static final String FOLDER = "sprachen";
    public static final String ORIGINAL_LANGUAGE = "de";

    /** Read once per state of the folder (names and modification times), so every page of a bake shares one reading. */
    private static final Map<String, List<Language>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every language with a file in data/sprachen/, in the order of the switcher; empty if there is none. */
    public static List<Language> read(Path dataFolder) {
        Path folder = dataFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> yaml = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
            StringBuilder state = new StringBuilder(folder.toString());
            for (Path p : yaml) {
                state.append('|').append(p.getFileName()).append(Files.getLastModifiedTime(p).toMillis());
            }
            if (CACHE.size() > 8) {
                CACHE.clear();
            }
            return CACHE.computeIfAbsent(state.toString(), k -> yaml.stream().map(Language::of)
                    .filter(java.util.Objects::nonNull)
                    .sorted(Comparator.comparingInt(Language::reihenfolge).thenComparing(Language::code)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language of one file; null when the file is broken (the validator reports why). */
    static Language of(Path file) {
        String name = file.getFileName().toString();
        try {
            Object root = new Yaml(new LoaderOptions()).load(Files.readString(file));
            if (!(root instanceof Map<?, ?> m) || !(m.get("sprache") instanceof Map<?, ?> s)) {
                return null;
            }
            return new Language(name.substring(0, name.length() - ".yaml".length()), String.valueOf(s.get("name")),
                    String.valueOf(s.get("richtung")), String.valueOf(s.get("locale")), String.valueOf(s.get("start")),
                    s.get("reihenfolge") instanceof Number n ? n.intValue() : 99, m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The language of a page address: "/en/finder/" is English, "/kontakt/" German. */
    public static String of(String url, List<Language> sprachen) {
        String first = url.replaceFirst("^/", "").replaceFirst("/.*$", "");
        return sprachen.stream().map(Language::code).filter(c -> c.equals(first) && !c.equals(ORIGINAL_LANGUAGE))
                .findFirst().orElse(ORIGINAL_LANGUAGE);
    }
}
