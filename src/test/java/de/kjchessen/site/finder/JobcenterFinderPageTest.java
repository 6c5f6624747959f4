package de.kjchessen.site.finder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Selections;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Jobcenter-Finder in the built site, read without a browser: the data, the lists that work without
 * JavaScript, the generated search index and the size budgets of index and script.
 */
class JobcenterFinderPageTest {

    static final String PAGE = "jobcenter-finden/index.html";
    static final String PLZ_PAGE = "jobcenter-finden/postleitzahlen/index.html";
    static final String INDEX = "jobcenter-finden/suchindex.json";
    static final String SCRIPT = "js/jobcenter-finden.js";
    /** Budgets from the issue, in bytes gzipped (sizes are budgets; timings are never asserted). */
    static final int INDEX_BUDGET = 20 * 1024;
    static final int SCRIPT_BUDGET = 5 * 1024;

    static GeneratedSite site;
    static List<FinderData.Row> rows;

    @BeforeAll
    static void load() {
        site = GeneratedSite.built();
        rows = Selections.nonEmpty(FinderData.gemeinden(), "data/gemeinden.csv ohne Gemeinden");
    }

    @Test
    void everyGemeindeOnceInAKreisEachWithOneJobcenterAndNoOrphan() {
        assertEquals(rows.size(), rows.stream().map(FinderData.Row::ags).distinct().count(), "doppelte AGS");
        Set<String> kreise = rows.stream().map(FinderData.Row::kreisAgs).collect(Collectors.toSet());
        assertEquals(FinderData.JOBCENTER_ID.keySet(), kreise, "Kreise ohne Jobcenter oder Jobcenter ohne Gemeinde");
        rows.forEach(r -> assertTrue(r.ags().startsWith(r.kreisAgs()), r.toString()));
    }

    @Test
    void withoutJavaScriptThePageListsAllGemeindenAToZEachLinkingItsJobcenter() {
        Document page = site.pages().get(PAGE);
        assertNotNull(page, PAGE + " fehlt");
        List<Element> items = page.select("ul.gemeindeliste > li");
        assertEquals(rows.size(), items.size());
        Map<String, List<String>> expected = new TreeMap<>();
        rows.forEach(r -> expected.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r.jobcenterUrl()));
        Map<String, List<String>> actual = new TreeMap<>();
        for (Element li : items) {
            String name = li.ownText().replaceAll(":$", "").strip();
            actual.computeIfAbsent(name, k -> new ArrayList<>()).add(li.selectFirst("a").attr("href"));
        }
        assertEquals(expected, actual);
        // grouped by first letter with jump links to every group
        List<String> jumps = Selections.select(page, "nav.sprungliste a", PAGE).eachAttr("href");
        List<String> groups = page.select("ul.gemeindeliste").stream().map(ul -> "#" + ul.previousElementSibling().id()).toList();
        assertEquals(groups, jumps);
        // the Landkreis and the Stadt Kassel are told apart
        assertEquals("Stadt Kassel", linkTextOf(page, "Kassel"));
        assertEquals("Landkreis Kassel", linkTextOf(page, "Fuldatal"));
    }

    @Test
    void withoutJavaScriptHanauAndItsPostcodesLeadToTheJobcenterResponsibleOnTheBuildDay() {
        FinderData.Row hanau = rows.stream().filter(r -> r.name().equals("Hanau")).findFirst().orElseThrow();
        Element li = site.pages().get(PAGE).select("ul.gemeindeliste > li").stream()
                .filter(e -> e.ownText().startsWith("Hanau:")).findFirst().orElseThrow();
        assertEquals(hanau.jobcenterUrl(), li.selectFirst("a").attr("href"));
        FinderData.Ausnahme change = FinderData.AUSNAHMEN.get(hanau.ags());
        String note = li.select("small").text();
        if (change == null || !FinderData.today().isBefore(change.ab().plusYears(1))) {
            assertEquals("", note);
        } else {
            java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy", java.util.Locale.GERMAN);
            assertTrue(note.startsWith((change.ab().isAfter(FinderData.today()) ? "Ab " : "Seit ") + change.ab().format(f)), note);
        }
        List<Element> hanauPostcodes = site.pages().get(PLZ_PAGE).select("ul.postleitzahlen > li").stream()
                .filter(p -> hanau.plz().stream().anyMatch(p.ownText()::contains)).toList();
        Selections.nonEmpty(hanauPostcodes, "keine Postleitzahl von Hanau auf " + PLZ_PAGE);
        for (Element p : hanauPostcodes) {
            assertTrue(p.select("a").eachAttr("href").contains(hanau.jobcenterUrl()), p.text());
        }
    }

    @Test
    void everyJobcenterPageListsExactlyTheGemeindenItServesOnTheBuildDay() {
        Map<String, List<String>> expected = new TreeMap<>();
        rows.forEach(r -> expected.computeIfAbsent(r.jobcenterUrl(), k -> new ArrayList<>()).add(r.name()));
        // a Jobcenter that takes a Gemeinde over later lists it already (with the announcement)
        rows.forEach(r -> {
            FinderData.Ausnahme a = FinderData.AUSNAHMEN.get(r.ags());
            if (a != null && a.ab().isAfter(FinderData.today())) {
                expected.computeIfAbsent("/jobcenter/" + a.jobcenterId() + "/", k -> new ArrayList<>()).add(r.name());
            }
        });
        expected.forEach((url, names) -> {
            Document page = site.pages().get(url.substring(1) + "index.html");
            assertNotNull(page, url);
            assertEquals(names.stream().sorted().toList(), page.select("ul.gemeinden li").eachText().stream().sorted().toList(), url);
        });
        // both pages of a change that is still to be named say so
        FinderData.AUSNAHMEN.forEach((ags, a) -> {
            if (FinderData.today().isBefore(a.ab().plusYears(1))) {
                FinderData.Row r = rows.stream().filter(x -> x.ags().equals(ags)).findFirst().orElseThrow();
                String word = a.ab().isAfter(FinderData.today()) ? "Ab " : "Seit ";
                for (String url : List.of("/jobcenter/" + a.jobcenterId() + "/", "/jobcenter/" + FinderData.JOBCENTER_ID.get(r.kreisAgs()) + "/")) {
                    String note = site.pages().get(url.substring(1) + "index.html").select("p.wechsel").text();
                    assertTrue(note.startsWith(word) && note.contains(r.name()), url + ": " + note);
                }
            }
        });
    }

    static String linkTextOf(Document page, String gemeinde) {
        return page.select("ul.gemeindeliste > li").stream().filter(li -> li.ownText().equals(gemeinde + ":"))
                .findFirst().orElseThrow().selectFirst("a").text();
    }

    @Test
    void thePostcodePageListsEveryPostcodeWithAllItsGemeinden() {
        Document page = site.pages().get(PLZ_PAGE);
        assertNotNull(page, PLZ_PAGE + " fehlt");
        Map<String, Set<String>> expected = new TreeMap<>();
        rows.forEach(r -> r.plz().forEach(p -> expected.computeIfAbsent(p, k -> new HashSet<>())
                .add(r.name() + " → " + r.jobcenterUrl())));
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Element li : page.select("ul.postleitzahlen > li")) {
            Set<String> gemeinden = new HashSet<>();
            for (Element a : li.select("a")) {
                String before = a.previousSibling().toString().replaceAll("^.*?(;| – )\\s*", "").replace(":", "").strip();
                gemeinden.add(before + " → " + a.attr("href"));
            }
            for (String plz : li.ownText().substring(0, li.ownText().indexOf(" – ")).split(",\\s*")) {
                assertTrue(actual.put(plz, gemeinden) == null, "PLZ doppelt: " + plz);
            }
        }
        assertEquals(expected, actual);
        assertEquals(Set.of("Groß-Bieberau → /jobcenter/darmstadt-dieburg/", "Brensbach → /jobcenter/odenwaldkreis/"),
                actual.get("64395"), "eine PLZ in zwei Kreisen");
    }

    @Test
    void searchIndexIsGeneratedFromTheDataAndWithinItsBudget() throws IOException {
        Path index = site.root().resolve(INDEX);
        JsonNode json = JsonMapper.builder().build().readTree(index.toFile());
        assertEquals(FinderData.jobcenter().size(), json.get("jobcenter").size());
        assertEquals(rows.size(), json.get("gemeinden").size());
        assertTrue(json.get("quelle").asString().contains("ODbL"), "Lizenzhinweis im Index");
        Set<String> names = new HashSet<>();
        int shortForms = 0;
        for (JsonNode g : json.get("gemeinden")) {
            String name = g.get(0).asString();
            names.add(name);
            String url = json.get("jobcenter").get(g.get(1).asInt()).get(0).asString();
            FinderData.Row row = rows.stream().filter(r -> r.name().equals(name) && r.jobcenterUrl().equals(url))
                    .findFirst().orElseThrow(() -> new AssertionError(name + " → " + url + " steht nicht so in den Daten"));
            assertEquals(String.join(" ", row.plz()), g.get(2).asString(), name);
            String langform = g.get(3).asString();
            if (name.contains(".")) {
                shortForms++;
                assertFalse(langform.isEmpty() || langform.contains("."), "Kurzform ohne ausgeschriebene Form: " + name);
            }
        }
        assertEquals(rows.stream().map(FinderData.Row::name).collect(Collectors.toSet()), names);
        assertTrue(shortForms > 0, "keine amtliche Kurzform (mit Punkt) im Index: die Prüfung der Langformen prüfte nichts");

        long gz = gzipped(index);
        System.out.println("Jobcenter-Finder: Suchindex " + Files.size(index) + " Bytes, gzip " + gz + " Bytes");
        assertTrue(gz <= INDEX_BUDGET, "Suchindex gzip " + gz + " Bytes > Budget " + INDEX_BUDGET);
    }

    @Test
    void scriptIsSelfHostedDeferredAndWithinItsBudget() throws IOException {
        for (String p : List.of(PAGE, PLZ_PAGE)) {
            Document page = site.pages().get(p);
            assertEquals(List.of(), page.select("[style]").eachAttr("style"), p + ": style-Attribute");
            assertTrue(page.select("script:not([src])").isEmpty(), p + ": Inline-Skript");
        }
        Document page = site.pages().get(PAGE);
        Element script = page.select("script[src]").stream()
                .filter(e -> GeneratedSite.withoutFingerprint(e.attr("src")).equals("/" + SCRIPT)).findFirst().orElse(null);
        assertNotNull(script, "Skript fehlt");
        assertTrue(script.hasAttr("defer"), "Skript ohne defer");
        Element form = page.selectFirst("form[data-index]");
        assertTrue(form.hasAttr("hidden"), "Ohne JavaScript bleibt das Suchformular verborgen");
        assertEquals("/" + INDEX, form.attr("data-index"));
        assertNotNull(page.selectFirst("#finder-status[role=status]"), "Live-Region fehlt");
        assertEquals("finder-eingabe", page.selectFirst("label[for]").attr("for"));

        Path js = site.asset(SCRIPT);
        long gz = gzipped(js);
        System.out.println("Jobcenter-Finder: Skript " + Files.size(js) + " Bytes, gzip " + gz + " Bytes");
        assertTrue(gz <= SCRIPT_BUDGET, "Skript gzip " + gz + " Bytes > Budget " + SCRIPT_BUDGET);
    }

    @Test
    void theFinderIsLinkedFromNavigationHomeAndTheCitizensPage() {
        for (String p : List.of("index.html", "buergerinnen-und-buerger/index.html")) {
            assertFalse(site.pages().get(p).select("main a[href=/jobcenter-finden/]").isEmpty(), p);
        }
        assertFalse(site.pages().get("index.html").select("nav.hauptnavigation a[href=/jobcenter-finden/]").isEmpty());
    }

    static long gzipped(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(Files.readAllBytes(file));
        }
        return out.size();
    }
}
