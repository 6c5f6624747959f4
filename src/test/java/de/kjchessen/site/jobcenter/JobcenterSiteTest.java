package de.kjchessen.site.jobcenter;

import de.kjchessen.build.jobcenter.JobCentre;
import de.kjchessen.build.jobcenter.JobCentreFile;
import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Project;
import de.kjchessen.site.support.Selections;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Jobcenter section of the built site (issue 4): overview, map, one page per entry, downloads, open data. */
class JobcenterSiteTest {

    static GeneratedSite site;
    static Map<String, JobCentre> data;

    @BeforeAll
    static void load() throws Exception {
        site = GeneratedSite.built();
        Path project = Project.DIR;
        data = Selections.nonEmpty(JobCentreFile.load(project.resolve("data")).all(), "data/jobcenter.yaml ohne Jobcenter")
                .stream().collect(Collectors.toMap(JobCentre::id, Function.identity()));
    }

    @Test
    void overviewGroupsAllByRegierungsbezirkWithTraegerformInText() {
        Document o = site.page("jobcenter/index.html");
        assertEquals(java.util.stream.Stream.of("Darmstadt", "Gießen", "Kassel").map(b -> "Regierungsbezirk " + b + " ("
                + data.values().stream().filter(j -> j.regierungsbezirk().equals(b)).count() + " Jobcenter)").toList(),
                o.select("main h2").eachText());
        assertEquals(data.size(), o.select("ul.jobcenter-liste > li").size());
        assertEquals(kommunal(), o.select("ul.jobcenter-liste .traegerform").eachText().stream()
                .filter("Kommunales Jobcenter"::equals).count());
        assertEquals(data.size() - kommunal(), o.select("ul.jobcenter-liste .traegerform").eachText().stream()
                .filter("Gemeinsame Einrichtung"::equals).count());
        long staedte = data.values().stream().filter(j -> j.art().equals(JobCentre.KREISFREIE_STADT)).count();
        assertTrue(o.selectFirst(".einleitung").text().startsWith("In Hessen gibt es " + data.size() + " Jobcenter: eines "
                + "für jeden der " + (data.size() - staedte) + " Landkreise und eines für jede der " + staedte
                + " kreisfreien Städte. " + kommunal() + " davon sind Kommunale Jobcenter."), o.selectFirst(".einleitung").text());
        assertTrue(o.select(".karte__legende li").get(0).text().contains("(" + kommunal() + ", gestreift)"));
        assertTrue(o.select(".karte__legende li").get(1).text().contains("(" + (data.size() - kommunal()) + ", gepunktet)"));
    }

    static long kommunal() {
        return data.values().stream().filter(JobCentre::kommunal).count();
    }

    @Test
    void theOverviewShowsEachNameAndTraegerformWithItsNoteOrAsNichtBestaetigt() {
        Document o = site.page("jobcenter/index.html");
        for (JobCentre j : data.values()) {
            Element entry = o.selectFirst("ul.jobcenter-liste > li:has(> a[href=" + j.pfad() + "])");
            assertNotNull(entry, j.id());
            String text = entry.text();
            assertTrue(text.contains(j.name() != null ? j.name() : "Name nicht bestätigt"), text);
            for (String field : List.of("traegerform", "name")) {
                String note = j.hinweise().get(field);
                assertTrue(note == null || text.contains(note), j.id() + ": Hinweis zu " + field + " fehlt: " + text);
            }
        }
        assertTrue(data.values().stream().anyMatch(j -> j.name() != null && j.hinweise().containsKey("name")),
                "kein Name mit Hinweis in den Daten: der Test prüft dann nichts");
    }

    @Test
    void mapLinksEveryAreaWithAnAccessibleNameAndStaysWithinBudget() throws Exception {
        Document o = site.page("jobcenter/index.html");
        Element svg = o.selectFirst("figure.karte svg.karte__svg");
        assertNotNull(svg);
        List<Element> links = Selections.select(svg, "a[href]", "Karte");
        // one link per area of the 2026 map, and every Jobcenter has at least one
        long areas = JsonMapper.builder().build().readTree(Files.readString(Project.DIR
                .resolve("data/geo/hessen-jobcenter-gebiete-2026.geojson"))).get("features").size();
        assertEquals(areas, links.size());
        assertEquals(data.values().stream().map(JobCentre::pfad).sorted().toList(),
                links.stream().map(a -> a.attr("href")).distinct().sorted().toList());
        for (Element a : links) {
            assertFalse(a.attr("aria-label").isBlank(), a.outerHtml());
            assertTrue(a.attr("aria-label").endsWith("Kommunales Jobcenter") || a.attr("aria-label").endsWith("gemeinsame Einrichtung"));
        }
        assertEquals(links.stream().filter(a -> a.attr("aria-label").endsWith("Kommunales Jobcenter")).count(),
                svg.select("path.karte__flaeche--kommunal").size());
        assertEquals(links.stream().filter(a -> a.attr("aria-label").endsWith("gemeinsame Einrichtung")).count(),
                svg.select("path.karte__flaeche--ge").size());
        assertNotNull(svg.selectFirst("pattern#muster-kommunal"));
        assertNotNull(svg.selectFirst("pattern#muster-ge"));
        assertEquals(2, o.select(".karte__legende li").size());
        String html = Files.readString(site.root().resolve("jobcenter/index.html"), StandardCharsets.UTF_8);
        String map = html.substring(html.indexOf("<svg class=\"karte__svg\""), html.indexOf("</svg>", html.indexOf("<svg class=\"karte__svg\"")) + 6);
        assertTrue(map.getBytes(StandardCharsets.UTF_8).length <= 25 * 1024, "Karte zu groß: " + map.length());
        assertTrue(svg.select("[style]").isEmpty() && o.select("main script:not([type=application/ld+json])").isEmpty());
    }

    @Test
    void everyEntryHasItsPageWithFactsGemeindenSourcesAndJsonLd() {
        JsonMapper json = JsonMapper.builder().build();
        for (JobCentre j : data.values()) {
            Document d = site.page("jobcenter/" + j.id() + "/index.html");
            assertEquals(j.displayName(), d.selectFirst("h1").text());
            assertFalse(d.select("ul.gemeinden li").isEmpty(), j.id());
            assertEquals(j.quellen().size(), d.select("ul.quellen a[rel=external]").size(), j.id());
            Selections.assertExternalLinksMarked(d, "main a[href^=http]", j.id());
            JsonNode ld = json.readTree(d.selectFirst("script[type=application/ld+json]").data());
            // a place one can visit only where its address is confirmed (issue 15)
            assertEquals(j.kontakt().adresse() != null ? "GovernmentOffice" : "GovernmentOrganization", ld.get("@type").asString());
            // a caveat goes wherever its value goes: the JSON-LD states name and Trägerform, so it carries their notes
            for (String field : List.of("traegerform", "name")) {
                String note = j.hinweise().get(field);
                if (note != null && (field.equals("traegerform") || j.name() != null)) {
                    assertTrue(ld.get("description").asString().contains(note), j.id() + ": Hinweis fehlt im JSON-LD");
                }
            }
            assertEquals(j.ags(), ld.get("areaServed").get("identifier").asString());
            String intro = d.selectFirst(".einleitung").text();
            if (j.kommunal()) {
                assertTrue(intro.startsWith("Dieses Jobcenter ist ein Kommunales Jobcenter"), intro);
            } else {
                assertTrue(intro.contains("zusammen mit der Bundesagentur für Arbeit"), intro);
                assertFalse(d.select("dt").eachText().contains("Kommunaler Träger seit"), j.id());
            }
        }
    }

    @Test
    void unconfirmedValuesAreShownAsSuchAndNoPopulationFigures() throws Exception {
        Document mkk = site.page("jobcenter/main-kinzig-kreis/index.html");
        Element seit = mkk.select("dt").stream().filter(dt -> dt.text().equals("Kommunaler Träger seit")).findFirst()
                .orElseThrow().nextElementSibling();
        assertTrue(seit.text().startsWith("nicht bestätigt Die Quellen widersprechen sich"), seit.text());
        Document wetterau = site.page("jobcenter/wetteraukreis/index.html");
        assertEquals("Jobcenter: Wetteraukreis", wetterau.selectFirst("h1").text());
        assertTrue(wetterau.selectFirst("#angaben + dl.angaben dd").text().startsWith("nicht bestätigt"));
        assertTrue(site.page("jobcenter/vogelsbergkreis/index.html").text().contains("Stand 2010") || site.page("jobcenter/vogelsbergkreis/index.html").text().contains("im Jahr 2010"));
        assertTrue(site.page("jobcenter/limburg-weilburg/index.html").text().contains("gemeinsame Einrichtung des Landkreises"));
        Document kreisKassel = site.page("jobcenter/landkreis-kassel/index.html");
        assertEquals(Files.readAllLines(Project.DIR.resolve("data/gemeinden.csv")).stream()
                .filter(l -> l.split(",")[2].equals("06633")).count(), kreisKassel.select("ul.gemeinden li").size(),
                "Gemeinden des Landkreises Kassel");
        site.pages().forEach((path, doc) -> assertFalse(doc.text().contains("Einwohner") && path.startsWith("jobcenter/"), path));
    }

    @Test
    void downloadsComeFromTheSameDataAndOpenDataPageAttributes() throws Exception {
        List<String> csv = Files.readAllLines(site.root().resolve("daten/jobcenter-hessen.csv"), StandardCharsets.UTF_8);
        assertEquals(data.size() + 1, csv.size());
        assertTrue(csv.get(0).startsWith("id,ags,gebiet,art,regierungsbezirk,traegerform,name,seit"));
        assertTrue(csv.get(0).endsWith(",gueltig_ab,gueltig_bis"), csv.get(0));
        JsonNode json = JsonMapper.builder().build().readTree(site.root().resolve("daten/jobcenter-hessen.json").toFile());
        assertEquals(data.size(), json.get("jobcenter").size());
        assertTrue(json.get("jobcenter").get(0).has("quellen"));
        // validity: a Jobcenter that took a Gemeinde over is valid from that day (the latest one on or before today)
        for (JobCentre j : data.values()) {
            java.util.Optional<java.time.LocalDate> ab = j.takeovers().stream().map(JobCentre.Takeover::ab)
                    .filter(d -> !d.isAfter(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")))).max(java.util.Comparator.naturalOrder());
            if (ab.isPresent() && System.getProperty("kjc.build.time") == null) {
                JsonNode row = java.util.stream.StreamSupport.stream(json.get("jobcenter").spliterator(), false)
                        .filter(r -> r.get("id").asString().equals(j.id())).findFirst().orElseThrow();
                assertEquals(ab.get().toString(), row.get("gueltig_ab").asString(), j.id());
                assertTrue(csv.stream().anyMatch(l -> l.startsWith(j.id() + ",") && l.contains("," + ab.get() + ",")), j.id());
            }
        }
        Document od = site.page("open-data/index.html");
        assertNotNull(od.selectFirst("a[href=https://www.bkg.bund.de]"));
        assertTrue(od.text().contains("© GeoBasis-DE / BKG 2021 (Daten verändert)"));
        assertTrue(od.text().contains("Datenlizenz Deutschland – Namensnennung – Version 2.0"));
        assertTrue(od.text().contains("Open Database License (ODbL) 1.0"));
        assertNotNull(od.selectFirst("a[href=/daten/jobcenter-hessen.csv]"));
        assertNotNull(od.selectFirst("a[href=/daten/jobcenter-hessen.json]"));
    }

    @Test
    void homeCountsAndNavigationComeFromTheJobcenterData() {
        Document home = site.page("index.html");
        assertTrue(home.text().contains("In Hessen sind " + kommunal() + " der " + data.size() + " Jobcenter Kommunale Jobcenter."),
                home.text());
        assertTrue(home.text().contains("Die übrigen " + (data.size() - kommunal()) + " sind gemeinsame Einrichtungen"));
        assertNotNull(home.selectFirst("nav[aria-label=Hauptnavigation] a[href=/jobcenter/]"));
        assertEquals("page", site.page("jobcenter/index.html").selectFirst("nav[aria-label=Hauptnavigation] a[href=/jobcenter/]").attr("aria-current"));
    }
}
