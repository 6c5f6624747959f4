package de.kjchessen.site.pages;

import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Selections;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What visitors must find on the built pages (foundation issue). */
class SiteContentTest {

    static GeneratedSite site;

    @BeforeAll
    static void load() {
        site = GeneratedSite.built();
    }

    @Test
    void everyPageHasSkipLinkHeaderMainAndFooterWithTheLegalLinks() {
        List<String> footer = List.of("/impressum/", "/datenschutz/", "/barrierefreiheit/", "/barriere-melden/",
                "/leichte-sprache/", "/gebaerdensprache/", "/kontakt/", "/sitemap/");
        site.pages().forEach((path, doc) -> {
            var first = doc.body().children().first();
            assertEquals("skip-link", first.className(), path + ": der Sprunglink muss das erste Element sein");
            assertEquals("#inhalt", first.attr("href"), path);
            assertNotNull(doc.getElementById("inhalt"), path + ": <main id=inhalt> fehlt");
            assertEquals("main", doc.getElementById("inhalt").tagName(), path);
            assertNotNull(doc.selectFirst("header nav#navigation[aria-label]"), path);
            List<String> links = doc.select("footer a").eachAttr("href");
            assertTrue(links.containsAll(footer), path + ": Fußzeile unvollständig: " + links);
        });
    }

    @Test
    void startPageShowsCampaignFiguresLeichteSpracheAndSignLanguage() {
        Document home = site.page("index.html");
        String text = home.text();
        assertTrue(text.contains("Kommunale Jobcenter – Stark. Sozial. Vor Ort."));
        for (String figure : List.of("104", "1,5 Mio.", "mehr als 250.000", "mehr als 22 Mio.")) {
            assertTrue(home.select(".kennzahl__wert").eachText().contains(figure), figure);
        }
        // the Hessen counts are computed from data/jobcenter.yaml: JobcenterSiteTest.homeCountsAndNavigationComeFromTheJobcenterData
        // every figure says when its source gave it, and the sources are linked
        assertEquals(home.select(".kennzahl").size(), home.select(".kennzahl__stand").size());
        assertTrue(home.select(".kennzahl__stand").eachText().contains("Stand November 2018"));
        assertTrue(home.select("p.stand a[rel=external]").eachAttr("href").stream().anyMatch(u -> u.startsWith("https://www.hlt.de/")));
        // the campaign as what it was: begun 2018, continued 2019 and 2021, its slogan the motto of 2025
        for (String step : List.of("begann am 26. November 2018", "Im August 2019", "im Juni 2021", "2025 war")) {
            assertTrue(text.contains(step), step);
        }
        assertNotNull(home.selectFirst("section.leichte-sprache a[href=/leichte-sprache/]"));
        assertNotNull(home.selectFirst("section.leichte-sprache a[href=/gebaerdensprache/]"));
    }

    @Test
    void grundsicherungsgeldIsTheCurrentNameAndBuergergeldOnlyItsFormerOne() {
        Document page = site.page("grundsicherungsgeld/index.html");
        String text = page.text();
        assertTrue(text.contains("Seit dem 1. Juli 2026 heißt die Geldleistung des Jobcenters Grundsicherungsgeld"), text);
        assertTrue(text.contains("Bis 30. Juni 2026: Bürgergeld."), "so that a search for Bürgergeld finds the page");
        assertTrue(text.contains("Dreizehnte Gesetz zur Änderung des Zweiten Buches Sozialgesetzbuch und anderer Gesetze"));
        assertTrue(text.contains("5. März 2026") && text.contains("563 Euro"));
        assertTrue(page.select("main a[rel=external]").size() >= 2, "Quellen verlinkt");
        // anywhere else, "Bürgergeld" only appears next to its new name
        List<String> naming = site.pages().entrySet().stream()
                .filter(e -> e.getValue().text().contains("Bürgergeld") && !e.getKey().startsWith("aktuelles/2018/"))
                .map(Map.Entry::getKey).toList();
        Selections.nonEmpty(naming, "keine Seite nennt Bürgergeld, nicht einmal grundsicherungsgeld/");
        for (String path : naming) {
            assertTrue(site.page(path).text().contains("Grundsicherungsgeld"), path + " nennt Bürgergeld ohne den heutigen Namen");
        }
    }

    @Test
    void pressReleaseIsDatedInGermanAndLinksItsSource() {
        Document post = site.page("aktuelles/2018/2018-11-26-kampagnenstart.html");
        assertEquals("2018-11-26", post.selectFirst("time").attr("datetime"));
        assertEquals("26. November 2018", post.selectFirst("time").text());
        assertNotNull(post.selectFirst("a[href^=https://www.hlt.de/aktuelles/pressemitteilungen/]"));
    }

    @Test
    void markdownHeadingsGetIdsWithoutEmptyLinksAndNoHardWraps() {
        Document about = site.page("ueber-uns/index.html");
        var h2 = about.selectFirst("main h2");
        assertFalse(h2.id().isEmpty(), "Überschrift ohne id");
        assertTrue(h2.select("a").isEmpty(), "Überschrift enthält einen Link");
        assertTrue(about.select("main p br").isEmpty(), "Zeilenumbrüche im Markdown wurden zu <br>");
    }

    @Test
    void externalLinksAreMarked() {
        Document about = site.page("ueber-uns/index.html");
        Selections.assertExternalLinksMarked(about, "main a[href^=http]", "ueber-uns/index.html");
    }

    @Test
    void unconfirmedLegalFactsAreShownAsSuchNeverInvented() {
        Document impressum = site.page("impressum/index.html");
        List<String> facts = impressum.select("dl.angaben dd").eachText();
        assertEquals(6, facts.size());
        assertTrue(facts.stream().noneMatch(String::isBlank), "Leere Angabe im Impressum: " + facts);
    }

    @Test
    void accessibilityStatementNamesTheEnforcementProcedure() {
        Document statement = site.page("barrierefreiheit/index.html");
        assertNotNull(statement.getElementById("durchsetzungsverfahren"));
        assertNotNull(statement.selectFirst("a[href^=https://lbit.hessen.de/]"));
        assertTrue(statement.text().contains("HVBIT"));
    }
}
