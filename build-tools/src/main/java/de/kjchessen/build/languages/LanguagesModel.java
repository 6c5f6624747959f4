package de.kjchessen.build.languages;

import de.kjchessen.build.SiteUrls;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives every template the languages ({@code sprachen}: code, name, richtung, locale, start, in the switcher's
 * order) and the versions of each translated page ({@code sprachfassungen[0]["/en/finder/"]}: lang and url of
 * each version), so the layout sets lang, dir, hreflang and the switcher without knowing any language.
 */
public class LanguagesModel implements ModelExtractor<List<?>> {

    @Override
    public List<?> get(ContentStore db, Map model, String key) {
        Map<?, ?> config = (Map<?, ?>) model.get("config");
        File dataFolder = (File) config.get("dataFolder");
        List<Language> sprachen = Language.read(dataFolder.toPath());
        if ("sprachen".equals(key)) {
            return sprachen;
        }
        return List.of(of(((File) config.get("contentFolder")).toPath(), sprachen));
    }

    /** Read once per state of content/ (paths and modification times): every page of a bake shares one reading. */
    private static final Map<String, Map<String, List<LanguageVersions.Version>>> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The versions of every published page, from the headers of the files under content/ – not from JBake's store,
     * which other render threads write to while pages are rendered in parallel.
     */
    public static Map<String, List<LanguageVersions.Version>> of(Path content, List<Language> sprachen) {
        if (!Files.isDirectory(content)) {
            return Map.of();
        }
        try (Stream<Path> walk = Files.walk(content)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            StringBuilder state = new StringBuilder(content.toString());
            for (Path f : files) {
                state.append('|').append(f).append(Files.getLastModifiedTime(f).toMillis());
            }
            for (Language s : sprachen) {
                state.append('|').append(s.code());
            }
            if (CACHE.size() > 8) {
                CACHE.clear();
            }
            return CACHE.computeIfAbsent(state.toString(), k -> {
                List<LanguageVersions.Page> seiten = new ArrayList<>();
                for (Path f : files) {
                    header(f).ifPresent(h -> {
                        if ("published".equals(h.get("status")) && h.get(LanguageVersions.ORIGINAL) != null) {
                            String rel = content.relativize(f).toString().replace('\\', '/');
                            seiten.add(new LanguageVersions.Page(SiteUrls.urlOf("content/" + rel), h.get(LanguageVersions.ORIGINAL)));
                        }
                    });
                }
                return LanguageVersions.of(seiten, sprachen);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key=value lines before the header separator (the validator has checked them). */
    private static java.util.Optional<Map<String, String>> header(Path file) {
        try {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                if (line.strip().equals("~~~~~~")) {
                    return java.util.Optional.of(values);
                }
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
            return java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
