package de.kjchessen.site.news;

import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Project;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pressemitteilungen: generated list, archive by year, one page per Schlagwort, previous/next, print layout. */
class AktuellesTest {

    static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.GERMANY);
    /** How many Pressemitteilungen /aktuelles/ shows (templates/pressemitteilungen.ftl). */
    static final int NEWEST = 10;
    static GeneratedSite site;
    static List<Project.Source> posts;

    @BeforeAll
    static void load() {
        site = GeneratedSite.built();
        posts = Project.postsNewestFirst();
        assertFalse(posts.isEmpty());
    }

    @Test
    void aPostOlderThanAYearSaysSoUnderItsTitle() {
        LocalDate buildDay = LocalDate.parse(site.pages().get("termine/index.html").selectFirst("[data-build-date]")
                .attr("datetime"));
        int older = 0;
        for (Project.Source p : posts) {
            Document page = site.pages().get(p.url().substring(1));
            assertNotNull(page, p.url());
            boolean old = LocalDate.parse(p.get("date")).plusYears(1).isBefore(buildDay);
            String line = page.selectFirst(".meldung__art").text();
            assertEquals(old, line.endsWith("– ältere Meldung"), p.url() + ": " + line);
            older += old ? 1 : 0;
        }
        assertTrue(older > 0, "die Meldung von 2018 ist älter als ein Jahr");
    }

    @Test
    void listShowsTheNewestPostsNewestFirstWithDateAndTeaser() {
        Document list = site.pages().get("aktuelles/index.html");
        List<Project.Source> newest = posts.subList(0, Math.min(posts.size(), NEWEST));
        List<Element> items = list.select("main .eintraege--meldungen .eintraege__eintrag");
        assertEquals(newest.stream().map(Project.Source::url).toList(), list.select("main .eintraege--meldungen .eintraege__titel a").eachAttr("href"));
        for (int i = 0; i < newest.size(); i++) {
            Project.Source p = newest.get(i);
            Element item = items.get(i);
            assertEquals(p.get("title"), item.selectFirst(".eintraege__titel").text());
            assertEquals(p.get("date"), item.selectFirst("time").attr("datetime"));
            assertEquals(GERMAN.format(p.date()), item.selectFirst("time").text());
            assertEquals(p.get("description"), item.selectFirst(".eintraege__text").text());
        }
        assertNotNull(list.selectFirst("main a[href=/aktuelles/archiv/]"), "Weg ins Archiv fehlt");
    }

    @Test
    void archiveLinksOneYearPageEachListingExactlyThatYearsPosts() {
        Document archive = site.pages().get("aktuelles/archiv/index.html");
        assertNotNull(archive, "Archiv fehlt");
        Map<Integer, List<String>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Project.Source p : posts) {
            byYear.computeIfAbsent(p.date().getYear(), y -> new ArrayList<>()).add(p.url());
        }
        List<String> yearLinks = byYear.keySet().stream().map(y -> "/aktuelles/archiv/" + y + "/").toList();
        assertEquals(yearLinks, archive.select("main ul.seitenliste a").eachAttr("href"), "ein Link je Jahr, neuestes zuerst");
        byYear.forEach((year, urls) -> {
            Document page = site.pages().get("aktuelles/archiv/" + year + "/index.html");
            assertNotNull(page, "Jahresseite fehlt: " + year);
            assertEquals("Meldungen " + year, page.selectFirst("h1").text());
            assertEquals(urls, page.select("main .eintraege--meldungen .eintraege__titel a").eachAttr("href"), "Meldungen " + year);
            String count = urls.size() == 1 ? "eine Meldung" : urls.size() + " Meldungen";
            assertTrue(archive.selectFirst("main a[href=/aktuelles/archiv/" + year + "/]").parent().text().contains(count),
                    "Anzahl im Archiv: " + year);
        });
    }

    @Test
    void everySchlagwortHasAPageListingExactlyItsPosts() {
        Set<String> tags = new TreeSet<>();
        posts.forEach(p -> tags.addAll(p.tags()));
        assertFalse(tags.isEmpty());
        Document index = site.pages().get("aktuelles/schlagworte/index.html");
        assertNotNull(index, "Übersicht der Schlagworte fehlt");
        for (String tag : tags) {
            String page = "aktuelles/schlagworte/" + tag + ".html";
            Document doc = site.pages().get(page);
            assertNotNull(doc, "Seite des Schlagworts fehlt: " + page);
            List<String> expected = posts.stream().filter(p -> p.tags().contains(tag)).map(Project.Source::url).toList();
            assertEquals(expected, doc.select("main .eintraege--meldungen .eintraege__titel a").eachAttr("href"), page);
            assertNotNull(index.selectFirst("main a[href=/" + page + "]"), tag + " fehlt in der Übersicht");
        }
        for (Project.Source p : posts) {
            Document doc = site.pages().get(p.page());
            assertEquals(p.tags(), doc.select("main .schlagworte a").eachText(), p.rel() + ": Schlagwort-Links");
        }
    }

    @Test
    void previousAndNextLinkTheNeighboursByDate() {
        for (int i = 0; i < posts.size(); i++) {
            Document doc = site.pages().get(posts.get(i).page());
            Element newer = doc.selectFirst(".blaettern__neuer a");
            Element older = doc.selectFirst(".blaettern__aelter a");
            if (i == 0) {
                assertNull(newer, posts.get(i).rel() + ": die neueste Meldung hat keine neuere");
            } else {
                assertEquals(posts.get(i - 1).url(), newer.attr("href"));
            }
            if (i == posts.size() - 1) {
                assertNull(older, posts.get(i).rel() + ": die älteste Meldung hat keine ältere");
            } else {
                assertEquals(posts.get(i + 1).url(), older.attr("href"));
            }
            if (posts.size() == 1) {
                assertNull(doc.selectFirst("nav.blaettern"), "leere Blätter-Navigation");
            }
        }
    }

    @Test
    void postIsLinkedFromCampaignPageAndTheListIsNotWrittenByHand() throws Exception {
        String source = Files.readString(Project.DIR.resolve("content/aktuelles/index.md"), StandardCharsets.UTF_8);
        assertFalse(source.contains("](/aktuelles/2"), "Die Liste in content/aktuelles/index.md entsteht beim Bauen");
        Document kampagne = site.pages().get("kampagne/index.html");
        assertNotNull(kampagne.selectFirst("a[href=/aktuelles/2018/2018-11-26-kampagnenstart.html]"));
    }

    @Test
    void printLayoutHidesNavigationAndShowsLinkTargets() throws Exception {
        String css = Files.readString(site.asset("css/site.css"), StandardCharsets.UTF_8);
        int print = css.lastIndexOf("@media print");
        assertTrue(print > 0, "kein Drucklayout");
        String printCss = css.substring(css.indexOf("@media print"));
        for (String hidden : List.of(".hauptnavigation", ".fuss", ".blaettern", ".kopf__werkzeuge")) {
            assertTrue(printCss.contains(hidden), "im Druck nicht ausgeblendet: " + hidden);
        }
        assertTrue(printCss.contains("attr(href)"), "externe Links zeigen im Druck ihre Adresse");
    }
}
