package de.kjchessen.build.languages;

import de.kjchessen.build.SiteUrls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which pages are versions of each other: a translated page names its German original in its header
 * ({@code original=jobcenter-finden/index.md}); the original and its translations form one group. Used for the
 * hreflang alternates of the pages and of sitemap.xml and for the language switcher.
 */
public final class LanguageVersions {

    /** The header key of a translated page: its German original, as a path under content/. */
    public static final String ORIGINAL = "original";

    /** One page of the site as far as languages matter: its address and, for a translation, its original's file. */
    public record Page(String url, String original) {
    }

    /** One version of a page: its language and address. */
    public record Version(String lang, String url) {
    }

    private LanguageVersions() {
    }

    /** The address of the original named by {@code original=} ("jobcenter-finden/index.md" → "/jobcenter-finden/"). */
    public static String urlOfOriginal(String original) {
        return SiteUrls.urlOf("content/" + original.strip().replaceFirst("^/", "").replaceFirst("^content/", ""));
    }

    /**
     * Every page that has versions in other languages → all its versions (itself included), the original first and
     * then in the order of the languages. Pages without translations are not in the map.
     */
    public static Map<String, List<Version>> of(List<Page> seiten, List<Language> sprachen) {
        Map<String, List<Version>> groups = new LinkedHashMap<>();
        for (Page s : seiten) {
            if (s.original() == null || s.original().isBlank()) {
                continue;
            }
            String original = urlOfOriginal(s.original());
            List<Version> group = groups.computeIfAbsent(original, o -> new ArrayList<>(List.of(new Version(Language.ORIGINAL_LANGUAGE, o))));
            group.add(new Version(Language.of(s.url(), sprachen), s.url()));
        }
        List<String> order = sprachen.stream().map(Language::code).toList();
        Map<String, List<Version>> byPage = new LinkedHashMap<>();
        for (List<Version> group : groups.values()) {
            group.sort(Comparator.comparingInt(f -> order.indexOf(f.lang())));
            for (Version f : group) {
                byPage.put(f.url(), List.copyOf(group));
            }
        }
        return byPage;
    }
}
