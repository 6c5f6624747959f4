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

    /** Runs once per bake (ProjectFreemarkerEngine keeps our extractors' values for the bake). */
    @Override
    public List<?> get(ContentStore db, Map model, String key) {
        Map<?, ?> config = (Map<?, ?>) model.get("config");
        List<Language> languages = Language.read(((File) config.get("dataFolder")).toPath());
        if ("sprachen".equals(key)) {
            return languages;
        }
        return List.of(of(((File) config.get("contentFolder")).toPath(), languages));
    }

    /**
     * The versions of every published page, from the headers of the files under content/ – not from JBake's store,
     * which other render threads write to while pages are rendered in parallel.
     */
    public static Map<String, List<LanguageVersions.Version>> of(Path content, List<Language> sprachen) {
        if (!Files.isDirectory(content)) {
            return Map.of();
        }
        try (Stream<Path> walk = Files.walk(content)) {
            List<LanguageVersions.Page> pages = new ArrayList<>();
            for (Path f : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                header(f).ifPresent(h -> {
                    if ("published".equals(h.get("status")) && h.get(LanguageVersions.ORIGINAL) != null) {
                        String rel = content.relativize(f).toString().replace('\\', '/');
                        pages.add(new LanguageVersions.Page(SiteUrls.urlOf("content/" + rel), h.get(LanguageVersions.ORIGINAL)));
                    }
                });
            }
            return LanguageVersions.of(pages, sprachen);
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
