package de.kjchessen.site.pages;

import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Project;
import de.kjchessen.site.support.Selections;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: the right sender, claims only with a source, complete legal pages. The facts of the legal pages come
 * from data/site.yaml; what is empty there must show as "nicht bestätigt", never as an invented value.
 */
class TruthfulPagesTest {

    static final String HLT_RELEASE = "https://www.hlt.de/aktuelles/pressemitteilungen/artikelansicht?";

    static GeneratedSite site;
    static Map<String, Object> siteYaml;

    @BeforeAll
    static void load() throws Exception {
        site = GeneratedSite.built();
        try (Reader r = Files.newBufferedReader(Project.DIR.resolve("data/site.yaml"), StandardCharsets.UTF_8)) {
            siteYaml = new Yaml(new LoaderOptions()).load(r);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> section(String name) {
        return (Map<String, Object>) siteYaml.get(name);
    }

    @Test
    void noPageCallsSomeoneElsesPressReleaseOursOrLinksTheSiteBuilderCopy() {
        site.pages().forEach((path, doc) -> {
            String text = doc.text().toLowerCase(java.util.Locale.GERMAN);
            assertFalse(text.contains("unsere pressemitteilung") || text.contains("unserer pressemitteilung"), path);
            assertTrue(doc.select("a[href*=internet-seite-erstellen]").isEmpty(), path + ": Kopie eines Baukastens verlinkt");
        });
    }

    @Test
    void the2018PageReportsTheLandkreistagAndLinksTheOriginal() {
        for (Project.Source post : Selections.nonEmpty(Project.published("post"), "keine Pressemitteilung")) {
            Document d = site.page(post.page());
            assertTrue(d.selectFirst(".meldung__art").text().startsWith("Meldung vom"), post.rel());
        }
        Document post = site.page("aktuelles/2018/2018-11-26-kampagnenstart.html");
        String text = post.selectFirst("main").text();
        assertTrue(text.contains("Der Hessische Landkreistag teilte am 26. November 2018 mit"), text);
        assertNotNull(post.selectFirst("main a[href^=" + HLT_RELEASE + "]"));
        assertTrue(text.contains("Stand 2018"), "die Zahlen von 2018 sind als solche gekennzeichnet");
        // the open-data page's "Pressemitteilung des Hessischen Landkreistags" leads to the Landkreistag
        for (Element a : Selections.select(site.page("open-data/index.html"), "main a:contains(Pressemitteilung des Hessischen Landkreistags)",
                "open-data/index.html")) {
            assertTrue(a.attr("href").startsWith(HLT_RELEASE), a.outerHtml());
        }
    }

    @Test
    void claimsWithoutASourceAreGone() {
        assertFalse(site.page("impressum/index.html").text().contains("Alle Zahlen und Angaben auf dieser Website nennen ihre Quelle"));
        String barrierefreiheit = site.page("barrierefreiheit/index.html").text();
        assertFalse(barrierefreiheit.contains("kostenlos") || barrierefreiheit.contains("Anwalt"), "ohne Quelle");
        assertTrue(barrierefreiheit.contains("§ 14 des Hessischen Behinderten-Gleichstellungsgesetzes"));
        assertTrue(barrierefreiheit.contains("Durchsetzungs- und Überwachungsstelle des Landeskompetenzzentrums "
                + "Barrierefreie IT (LBIT) beim Regierungspräsidium Gießen"), barrierefreiheit);
        String ueberUns = site.page("ueber-uns/index.html").text();
        assertTrue(ueberUns.contains("12 Landkreise und die Stadt Wiesbaden"));
        assertTrue(ueberUns.contains("Seit April 2007"));
        assertNotNull(site.page("ueber-uns/index.html").selectFirst("a[href$=funktion-kommunale-spitzenverbaende.php]"),
                "Quelle der Koordinierungsstelle");
    }

    @Test
    void everyPrivacyFactComesFromSiteYamlOrShowsNichtBestaetigt() {
        Document d = site.page("datenschutz/index.html");
        List<String> shown = d.select("main dl.angaben dd").eachText();
        Map<String, Object> facts = section("datenschutz");
        assertEquals(facts.size(), shown.size(), shown.toString());
        int i = 0;
        for (Object value : facts.values()) {
            String expected = value == null || value.toString().isBlank() ? "nicht bestätigt" : value.toString();
            assertEquals(expected, shown.get(i++));
        }
        String text = d.text();
        for (String required : List.of("Art. 6 Abs. 1 Buchstabe e DSGVO", "§ 3 des Hessischen Datenschutz- und "
                + "Informationsfreiheitsgesetzes", "Art. 15 DSGVO", "Art. 16 DSGVO", "Art. 17 DSGVO", "Art. 18 DSGVO",
                "Art. 19 DSGVO", "Art. 20 DSGVO", "Art. 21 DSGVO", "Art. 77 DSGVO", "Auftragsverarbeiter",
                "Drittländer", "IP-Adresse")) {
            assertTrue(text.contains(required), required);
        }
        assertNotNull(d.selectFirst("main a[href=https://datenschutz.hessen.de/]:contains(Hessische Beauftragte für "
                + "Datenschutz und Informationsfreiheit)"));
        // one statement about where the site is hosted: no page claims an own server
        site.pages().forEach((path, doc) -> assertFalse(doc.text().contains("eigenen Server"), path));
    }

    @Test
    void theFeedbackRouteSaysWhatToDoWhileTheAddressIsMissing() {
        Document d = site.page("barriere-melden/index.html");
        Object email = section("betreiber").get("email");
        if (email == null || email.toString().isBlank()) {
            Element hint = d.selectFirst("main .hinweis");
            assertNotNull(hint, "ohne E-Mail-Adresse muss die Seite sagen, was bis dahin zu tun ist");
            assertNotNull(hint.selectFirst("a[href=/jobcenter-finden/]"));
            assertNotNull(hint.selectFirst("a[href^=https://lbit.hessen.de/]"));
        } else {
            assertNotNull(d.selectFirst("main a[href=mailto:" + email + "]"));
            assertTrue(d.select("main .hinweis").isEmpty());
        }
    }

    @Test
    void leichteSpracheExplainsItsHardWordsAndShowsTheWays() {
        Document d = site.page("leichte-sprache/index.html");
        String text = d.selectFirst("main").text();
        for (String explained : List.of("Ein Land-Kreis ist", "Kommunal bedeutet", "Die Bundes-Agentur für Arbeit ist",
                "Eine Website ist", "Ein Menü ist", "Ein Link ist", "Eine Barriere ist")) {
            assertTrue(text.contains(explained), explained);
        }
        assertTrue(text.contains("2 Ämter") && !text.contains("Stellen"), "Ämter, nicht Stellen");
        assertNotNull(d.selectFirst("main a[href=/jobcenter-finden/]"));
        assertNotNull(d.selectFirst("main a[href=/barriere-melden/]"));
        assertTrue(text.contains("Die Erklärung zur Barriere-Freiheit ist in schwerer Sprache."));
    }
}
