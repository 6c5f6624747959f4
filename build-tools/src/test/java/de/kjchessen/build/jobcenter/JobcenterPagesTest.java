package de.kjchessen.build.jobcenter;

import de.kjchessen.build.Problem;
import de.kjchessen.build.TestProject;
import de.kjchessen.build.validate.ValidateSite;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Jobcenter added to the data (entry, its Kreis on the map, its Gemeinde) gets its page, its entry in the
 * overview list, its link on the map and its row in the downloads, with the project's real templates untouched.
 */
public class JobcenterPagesTest {

    static final String NEW_ENTRY = """

              - id: testkreis
                ags: "06999"
                gebiet: Testkreis
                art: Landkreis
                regierungsbezirk: Kassel
                traegerform: kommunal
                name: Kommunales Jobcenter Testkreis
                seit: 2012
                sitz: Teststadt
                kontakt:
                  stand: 2026-11-30
                  telefon:
                    wert: "05601 1234-0"
                    zeiten: "Mo–Fr 8:00–12:00"
                    quelle: "Beispielquelle für das Telefon"
                    quelle_url: https://www.example.org/telefon
                    datum: 2025-06-02
                    staerke: mittel
                quellen:
                  - titel: "Beispielquelle für den Testkreis"
                    url: https://www.example.org/quelle
            """;

    @Test
    void addingAnEntryYieldsPageListEntryMapLinkAndDownloadRow(@TempDir Path tmp) throws Exception {
        Path project = TestProject.ROOT;
        Path src = tmp.resolve("site");
        TestProject.copy(src, "templates", "data");
        Files.createDirectories(src.resolve("content"));
        Files.createDirectories(src.resolve("assets"));
        Files.writeString(src.resolve("jbake.properties"), Files.readString(project.resolve("jbake.properties"))
                .replace("site.generators=true", "site.generators=false"));

        Files.writeString(src.resolve("data/jobcenter.yaml"), NEW_ENTRY, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode geo = (ObjectNode) json.readTree(src.resolve(KreisGeometry.FILE).toFile());
        int areas = geo.get("features").size() + 1;
        int jobcenter = JobCentreFile.load(project.resolve("data")).all().size() + 1;
        ObjectNode feature = ((ArrayNode) geo.get("features")).addObject();
        feature.put("type", "Feature");
        feature.putObject("properties").put("gebiet_ags", "06999").put("name", "Testkreis").put("bez", "Landkreis");
        ObjectNode geometry = feature.putObject("geometry");
        geometry.put("type", "Polygon");
        geometry.putArray("coordinates").add(json.readTree("[[9.0,51.0],[9.1,51.0],[9.1,51.1],[9.0,51.1],[9.0,51.0]]"));
        Files.writeString(src.resolve(KreisGeometry.FILE), json.writeValueAsString(geo));
        Files.writeString(src.resolve("data/gemeinden.csv"), "06999001,Teststadt,06999,Testkreis,99999\n",
                java.nio.file.StandardOpenOption.APPEND);

        // The validator accepts the new entry (schema, unique ids, map and Gemeinden join).
        assertEquals(java.util.List.of(), ValidateSite.validate(src).problems().stream()
                .filter(p -> p.file().startsWith("data/jobcenter") || p.file().startsWith("data/geo"))
                .map(Problem::format).toList());

        Path out = tmp.resolve("out");
        TestProject.bake(src, out);

        Document page = Jsoup.parse(out.resolve("jobcenter/testkreis/index.html").toFile(), "UTF-8");
        assertEquals("Kommunales Jobcenter Testkreis", page.selectFirst("h1").text());
        assertEquals("Teststadt", page.selectFirst("ul.gemeinden li").text());
        // its contact value: a working tel: link, its date and its numbered source
        org.jsoup.nodes.Element tel = page.selectFirst("#kontakt ~ dl a[href=tel:+49560112340]");
        assertNotNull(tel, page.select("section").outerHtml());
        assertEquals("05601 1234-0", tel.text());
        assertTrue(tel.parent().text().contains("Stand: 2. Juni 2025 (Quelle 1)"), tel.parent().text());
        assertEquals("https://www.example.org/telefon", page.selectFirst("#kontakt-quelle-1 a").attr("href"));
        Document overview = Jsoup.parse(out.resolve("jobcenter/index.html").toFile(), "UTF-8");
        assertNotNull(overview.selectFirst("ul.jobcenter-liste a[href=/jobcenter/testkreis/]"));
        assertEquals("Testkreis (Landkreis): Kommunales Jobcenter",
                overview.selectFirst("svg.karte__svg a[href=/jobcenter/testkreis/]").attr("aria-label"));
        assertEquals(areas, overview.select("svg.karte__svg a[href]").size());
        assertTrue(overview.selectFirst(".einleitung").text().startsWith("In Hessen gibt es " + jobcenter + " Jobcenter"),
                overview.selectFirst(".einleitung").text());
        assertTrue(Files.readString(out.resolve(JobcenterPages.CSV)).contains("\r\ntestkreis,06999,Testkreis,"));
    }
}
