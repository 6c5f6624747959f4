package de.kjchessen.site;

import de.kjchessen.site.guard.GeneratedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pressemitteilungen: generated list, archive by year, one page per Schlagwort, previous/next, print layout. */
class AktuellesTest {

    static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.GERMANY);
    static GeneratedSite site;
    static List<Project.Source> posts;

    @BeforeAll
    static void load() {
        site = GeneratedSite.built();
        posts = Project.postsNewestFirst();
        assertFalse(posts.isEmpty());
    }

    @Test
    void listShowsEveryPostNewestFirstWithDateAndTeaser() {
        Document list = site.pages().get("aktuelles/index.html");
        List<Element> items = list.select("main .meldungsliste__eintrag");
        assertEquals(posts.stream().map(Project.Source::url).toList(), list.select("main .meldungsliste__titel a").eachAttr("href"));
        for (int i = 0; i < posts.size(); i++) {
            Project.Source p = posts.get(i);
            Element item = items.get(i);
            assertEquals(p.get("title"), item.selectFirst(".meldungsliste__titel").text());
            assertEquals(p.get("date"), item.selectFirst("time").attr("datetime"));
            assertEquals(GERMAN.format(p.date()), item.selectFirst("time").text());
            assertEquals(p.get("description"), item.selectFirst(".meldungsliste__text").text());
        }
    }

    @Test
    void archiveGroupsEveryPostUnderItsYear() {
        Document archive = site.pages().get("aktuelles/archiv/index.html");
        assertNotNull(archive, "Archiv fehlt");
        Set<Integer> years = new TreeSet<>();
        for (Project.Source p : posts) {
            years.add(p.date().getYear());
            Element section = archive.selectFirst("section:has(h2#jahr-" + p.date().getYear() + ")");
            assertNotNull(section, "Jahr " + p.date().getYear() + " fehlt im Archiv");
            assertNotNull(section.selectFirst("a[href=" + p.url() + "]"), p.rel() + " fehlt unter " + p.date().getYear());
        }
        List<String> headings = archive.select("main h2[id^=jahr-]").eachText();
        assertEquals(years.stream().sorted((a, b) -> b - a).map(String::valueOf).toList(), headings, "neuestes Jahr zuerst");
        assertEquals(posts.size(), archive.select("main .meldungsliste__eintrag").size());
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
            assertEquals(expected, doc.select("main .meldungsliste__titel a").eachAttr("href"), page);
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
        for (String hidden : List.of(".hauptnavigation", ".fuss", ".blaettern", ".kopf__suche")) {
            assertTrue(printCss.contains(hidden), "im Druck nicht ausgeblendet: " + hidden);
        }
        assertTrue(printCss.contains("attr(href)"), "externe Links zeigen im Druck ihre Adresse");
    }
}
