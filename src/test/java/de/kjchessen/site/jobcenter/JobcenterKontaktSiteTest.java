package de.kjchessen.site.jobcenter;

import de.kjchessen.build.jobcenter.Contact;
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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 over the built pages: every Jobcenter page starts with "So erreichen Sie das Jobcenter" and shows a way
 * to reach it or says plainly that none is confirmed; no contact value without its date and its source; phone
 * numbers as working tel: links; jobcenter.digital only as the general line of the gemeinsame Einrichtungen.
 * Expectations come from data/jobcenter.yaml, never from counts written here.
 */
class JobcenterKontaktSiteTest {

    static GeneratedSite site;
    static JobCentreFile file;
    static final String NONE = "Für dieses Jobcenter ist bisher keine Website, Anschrift oder Telefonnummer aus einer "
            + "Quelle von 2022 oder später bestätigt.";
    static final String BA = "https://www.arbeitsagentur.de/vor-ort/";

    @BeforeAll
    static void load() throws Exception {
        site = GeneratedSite.built();
        file = JobCentreFile.load(Project.DIR.resolve("data"));
        Selections.nonEmpty(file.all(), "data/jobcenter.yaml ohne Jobcenter");
    }

    static Element section(JobCentre j) {
        Document d = site.pages().get("jobcenter/" + j.id() + "/index.html");
        assertNotNull(d, j.id());
        Element h2 = d.selectFirst("main h2");
        assertEquals("So erreichen Sie das Jobcenter", h2.text(), j.id() + ": die Seite beginnt mit dem Kontakt");
        assertEquals("kontakt", h2.id());
        return h2.parent();
    }

    @Test
    void everyPageShowsAWayToReachItOrSaysPlainlyThatNoneIsConfirmed() {
        for (JobCentre j : file.all()) {
            Element s = section(j);
            boolean any = !j.kontakt().empty();
            assertEquals(!any, s.text().contains(NONE), j.id());
            if (!any) {
                assertNotNull(s.selectFirst("a[href=" + BA + "]"), j.id() + ": Verweis auf die Dienststellen-Suche");
            } else {
                assertFalse(s.select("dl.angaben dd a[href]").isEmpty(), j.id() + ": ein Weg mit Link");
            }
        }
    }

    @Test
    void noContactValueWithoutItsDateAndItsSource() {
        int checked = 0;
        for (JobCentre j : file.all()) {
            Element s = section(j);
            List<Element> values = s.select("dl.angaben dd");
            int expected = j.kontakt().all().size() + (allgemein(j) ? 1 : 0);
            assertEquals(expected, values.size(), j.id() + ": jede bestätigte Angabe, keine andere");
            for (Element dd : values) {
                checked++;
                Element stand = dd.selectFirst("p.angabe__hinweis");
                assertNotNull(stand, j.id() + ": " + dd.text());
                assertTrue(stand.text().matches("(Stand: .*\\d{4}|Quelle ohne Datum, nach ihrem Inhalt von 20\\d\\d oder "
                        + "später) \\(Quelle \\d+\\)"), j.id() + ": " + stand.text());
                String target = stand.selectFirst("a").attr("href");
                Element source = s.selectFirst(target);
                assertNotNull(source, j.id() + ": Quelle " + target);
                assertTrue(source.selectFirst("a[rel=external]").attr("href").startsWith("http"), source.outerHtml());
                assertTrue(source.text().matches(".*, Quelle (vom|von|ohne Datum).*"), source.text());
            }
            if (!values.isEmpty()) {
                assertTrue(s.selectFirst("p.stand").text().startsWith("Kontaktangaben geprüft am "), j.id());
            }
        }
        assertTrue(checked > 0, "keine Kontaktangabe auf einer Jobcenter-Seite: die Prüfung prüfte nichts");
    }

    @Test
    void phoneNumbersAreWorkingTelLinksAndOnlyConfirmedValuesAppear() {
        Selections.nonEmpty(file.all().stream().filter(j -> j.kontakt().telefon() != null).toList(),
                "kein Jobcenter mit bestätigter Telefonnummer in data/jobcenter.yaml: die tel:-Links blieben ungeprüft");
        for (JobCentre j : file.all()) {
            Element s = section(j);
            Contact k = j.kontakt();
            List<Element> tel = s.select("a[href^=tel:]");
            assertEquals(k.telefon() == null ? 0 : 1, tel.size(), j.id());
            for (Element a : tel) {
                assertTrue(a.attr("href").matches("tel:\\+49[1-9][0-9]{5,12}"), a.attr("href"));
                // the link dials the number that is shown: same digits after the area code's 0
                assertEquals(a.text().replaceAll("[^0-9]", "").replaceFirst("^0", ""), a.attr("href").substring(7), a.text());
            }
            if (k.website() != null) {
                assertNotNull(s.selectFirst("a[href=" + k.website().wert() + "]"), j.id());
            }
            if (k.adresse() != null) {
                assertTrue(s.text().contains(k.adresse().wert()), j.id());
            }
            if (k.oeffnungszeiten() != null) {
                assertTrue(s.text().contains(k.oeffnungszeiten().wert()), j.id());
            }
            // jobcenter.digital: only the general line of the gemeinsame Einrichtungen, never claimed for this one
            assertEquals(allgemein(j), s.text().contains("Gemeinsame Einrichtungen nutzen jobcenter.digital"), j.id());
            assertEquals(allgemein(j), s.text().contains("Ob dieses Jobcenter es anbietet, ist nicht einzeln bestätigt."), j.id());
            if (j.kommunal()) {
                assertFalse(s.text().contains("jobcenter.digital"), j.id());
            }
        }
    }

    @Test
    void jsonLdStatesAddressAndPhoneOnlyWhereConfirmed() {
        JsonMapper json = JsonMapper.builder().build();
        for (JobCentre j : file.all()) {
            Document d = site.pages().get("jobcenter/" + j.id() + "/index.html");
            JsonNode ld = json.readTree(d.selectFirst("script[type=application/ld+json]").data());
            Contact k = j.kontakt();
            assertEquals(k.telefon() != null, ld.has("telephone"), j.id());
            if (k.telefon() != null) {
                assertEquals(k.telefon().href(), "tel:" + ld.get("telephone").asString());
            }
            assertEquals(k.adresse() != null, ld.has("address") && ld.get("address").has("streetAddress"), j.id());
            assertEquals(k.website() != null, ld.has("url"), j.id());
        }
    }

    @Test
    void downloadsCarryTheContactColumnsWithDateAndSource() throws Exception {
        Path root = site.root();
        List<String> csv = Files.readAllLines(root.resolve("daten/jobcenter-hessen.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(csv.get(0).split(","));
        for (String f : List.of("website", "telefon", "oeffnungszeiten", "adresse")) {
            assertTrue(header.containsAll(List.of(f, f + "_datum", f + "_quelle")), f);
        }
        assertTrue(header.containsAll(List.of("online", "online_url", "online_datum", "online_quelle", "standorte",
                "kontakt_stand")), header.toString());
        JsonNode all = JsonMapper.builder().build().readTree(root.resolve("daten/jobcenter-hessen.json").toFile());
        for (JsonNode row : all.get("jobcenter")) {
            JsonNode k = row.get("kontakt");
            List<String> fields = new ArrayList<>(Contact.FIELDS);
            for (String f : fields) {
                JsonNode v = k.get(f);
                if (!v.isNull()) {
                    assertFalse(v.get("quelle_url").isNull(), row.get("id") + " " + f);
                    assertTrue(!v.get("datum").isNull() || v.has("inhalt_ab"), row.get("id") + " " + f);
                }
            }
        }
    }

    /** A gemeinsame Einrichtung without its own confirmed online service gets the general jobcenter.digital line. */
    static boolean allgemein(JobCentre j) {
        return !j.kommunal() && j.kontakt().online() == null && file.jobcenterDigital() != null;
    }

    /** The numbers for the closing note, printed with the test run. */
    @Test
    void countsForTheClosingNote() {
        long adressen = file.all().stream().filter(j -> j.kontakt().adresse() != null).count();
        long telefon = file.all().stream().filter(j -> j.kontakt().telefon() != null).count();
        long online = file.all().stream().filter(j -> j.kontakt().online() != null).count();
        long website = file.all().stream().filter(j -> j.kontakt().website() != null).count();
        long nichts = file.all().stream().filter(j -> j.kontakt().empty()).count();
        long pages = file.all().stream().filter(j -> section(j).select("dl.angaben dd p.angabe__hinweis").size() > 0
                || section(j).text().contains(NONE)).count();
        assertEquals(file.all().size(), pages);
        System.out.println("Kontakt: " + file.all().size() + " Seiten; Anschrift " + adressen + ", Telefon " + telefon
                + ", eigenes Online-Angebot " + online + ", Website " + website + ", nichts bestätigt " + nichts
                + ", jobcenter.digital allgemein " + file.all().stream().filter(JobcenterKontaktSiteTest::allgemein).count());
    }
}
