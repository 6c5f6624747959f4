package de.kjchessen.site.languages;

import de.kjchessen.site.support.Fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * hreflang pairs: every page (or sitemap entry) that names versions of itself in other languages must be named back
 * by each of them with the same set of versions, name itself, and have an x-default. Used for the pages' head and
 * for sitemap.xml alike: the input is "page URL → (hreflang → URL)".
 */
public final class HreflangCheck {

    private HreflangCheck() {
    }

    /** @param where "sitemap.xml" or "Page": how a fault names its source */
    public static List<Fault> check(Map<String, Map<String, String>> alternates, String where) {
        List<Fault> faults = new ArrayList<>();
        alternates.forEach((page, versions) -> {
            if (versions.isEmpty()) {
                return;
            }
            if (!versions.containsValue(page)) {
                faults.add(new Fault(page, 0, where + ": die Seite nennt sich nicht selbst unter ihren Sprachfassungen " + versions));
            }
            if (!versions.containsKey("x-default")) {
                faults.add(new Fault(page, 0, where + ": hreflang=\"x-default\" fehlt"));
            }
            versions.forEach((lang, url) -> {
                Map<String, String> back = alternates.get(url);
                if (back == null) {
                    faults.add(new Fault(page, 0, where + ": die Sprachfassung " + lang + " " + url + " gibt es nicht"));
                } else if (!new TreeMap<>(back).equals(new TreeMap<>(versions))) {
                    faults.add(new Fault(page, 0, where + ": " + url + " (" + lang + ") nennt andere Sprachfassungen: "
                            + new TreeMap<>(back) + " statt " + new TreeMap<>(versions)));
                }
            });
        });
        return faults;
    }
}
