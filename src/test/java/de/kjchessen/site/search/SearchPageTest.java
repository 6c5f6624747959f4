package de.kjchessen.site.search;

import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Project;
import de.kjchessen.site.support.Selections;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page without JavaScript: it is the HTML sitemap (links to every page), loads Pagefind only from
 * this site, and the index holds the content pages but not the lists.
 */
class SearchPageTest {

    static GeneratedSite site;

    @BeforeAll
    static void load() {
        site = GeneratedSite.built();
    }

    /**
     * Search snippets come from the prose: the markers and lists that repeat on many pages ("nicht bestätigt", field
     * labels, "Stand" lines, source lists) are kept out of the index, or snippets read as word salad.
     */
    @Test
    void boilerplateIsKeptOutOfTheSearchIndex() {
        int checked = 0;
        for (var entry : site.pages().entrySet()) {
            Element main = entry.getValue().selectFirst("main[data-pagefind-body]");
            if (main == null) {
                continue;
            }
            // the field labels of the Jobcenter fact lists repeat on 27 pages; those of the legal pages are their content
            String labels = entry.getKey().startsWith("jobcenter/") ? ", dl.angaben > dt" : "";
            for (Element e : main.select(".nicht-bestaetigt, .stand, .quellen, .angabe__hinweis" + labels)) {
                checked++;
                assertNotNull(e.closest("[data-pagefind-ignore]"), entry.getKey() + ": " + e.outerHtml());
            }
            assertFalse(main.select("p:not([data-pagefind-ignore])").isEmpty(), entry.getKey() + ": keine Prosa im Index");
        }
        assertTrue(checked > 20, "zu wenig Textbausteine geprüft: " + checked);
    }

    @Test
    void everyPageLinksToTheSearch() {
        // the search page is German: pages in other languages (issue 18) link to their own start and finder instead
        Map<String, Document> german = new LinkedHashMap<>(site.pages());
        german.values().removeIf(doc -> !doc.selectFirst("html").attr("lang").equals("de"));
        Selections.nonEmpty(german.keySet(), "keine deutsche Seite");
        german.forEach((path, doc) -> assertNotNull(doc.selectFirst("header a[href=/suche/]"), path));
    }

    @Test
    void withoutJavaScriptTheSearchPageLeadsToEveryPage() {
        Document search = site.pages().get("suche/index.html");
        Set<String> linked = new TreeSet<>(search.select("main .seitenliste a").eachAttr("href"));
        Set<String> expected = new TreeSet<>();
        for (Project.Source s : Project.all()) {
            if (s.get("status").equals("published") && !s.page().equals("404.html")) {
                // a Pressemitteilung through its archive year (the list stays short however large the archive grows)
                expected.add("post".equals(s.get("type")) ? "/aktuelles/archiv/" + s.date().getYear() + "/" : s.url());
            }
        }
        assertTrue(linked.containsAll(expected), "fehlt: " + diff(expected, linked));
        assertFalse(search.selectFirst("#suche-ohne-js").hasAttr("hidden"), "Hinweis für Besucher ohne JavaScript");
        Document sitemap = site.pages().get("sitemap/index.html");
        assertEquals(linked, new TreeSet<>(sitemap.select("main .seitenliste a").eachAttr("href")),
                "Suche und Sitemap zeigen dieselbe Liste");
    }

    @Test
    void pagefindIsSelfHostedAndStartedFromAnExternalFile() throws Exception {
        Document search = site.pages().get("suche/index.html");
        assertEquals(Set.of("/js/suche.js"), new TreeSet<>(search.select("script[src]").eachAttr("src")
                .stream().map(GeneratedSite::withoutFingerprint).toList()));
        assertTrue(Files.readString(site.asset("js/suche.js")).contains("import('/pagefind/pagefind.js')"),
                "suche.js lädt Pagefind erst beim Suchen");
        for (String file : new String[] {"pagefind/pagefind.js",
                "pagefind/pagefind-entry.json", "js/suche.js"}) {
            assertTrue(Files.isRegularFile(site.asset(file)), "fehlt: " + file);
        }
        for (String unused : new String[] {"pagefind-component-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js"}) {
            assertFalse(Files.exists(site.root().resolve("pagefind").resolve(unused)), "ungenutzt ausgeliefert: " + unused);
        }
    }

    @Test
    void onlyContentPagesAreIndexed() {
        site.pages().forEach((path, doc) -> {
            boolean indexed = doc.selectFirst("main[data-pagefind-body]") != null;
            boolean list = Set.of("suche/index.html", "sitemap/index.html", "404.html", "aktuelles/index.html",
                    "termine/index.html").contains(path) || path.startsWith("aktuelles/schlagworte/") || path.startsWith("aktuelles/archiv/");
            assertEquals(!list, indexed, path + (list ? " ist eine Liste oder die Fehlerseite und gehört nicht in den Suchindex" : " fehlt im Suchindex"));
        });
    }

    static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
