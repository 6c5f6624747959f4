package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedCopyCheckTest {

    /** A seed in the shape of the real one: proper names, a list, a word split at a line end. */
    static final String SEED = """
            Beispielkreise starten Kampagne "Stark. Sozial. Vor Ort."

            Der Hessische Landkreistag und der Hessische Städtetag unterstützen die
            gemeinsame Werbekampagne unter dem Titel "Kommunale Jobcenter – Stark. Sozial. Vor Ort.", um auf die
            Bedeutung dezentraler Arbeitsmarkt-
            politik aufmerksam zu machen. Die Kommunalen Jobcenter erfüllen die Aufgaben der Grundsicherung für
            Arbeitsuchende ohne die Bundesagentur für Arbeit eigenverantwortlich.
            """;

    private static List<String> faults(Path tmp, String body) throws Exception {
        Fixtures.write(tmp.resolve("seeds"), "000_seed.txt", SEED);
        Fixtures.write(tmp.resolve("site"), "meldung/index.html", Fixtures.page("Meldung", body));
        return SeedCopyCheck.check(tmp.resolve("seeds"), new GeneratedSite(tmp.resolve("site"))).stream()
                .map(Fault::toString).toList();
    }

    @Test
    void aCopiedSentenceFailsWithPageAndRun(@TempDir Path tmp) throws Exception {
        List<String> faults = faults(tmp, "<p>Sie wollen auf die Bedeutung dezentraler Arbeitsmarktpolitik aufmerksam "
                + "zu machen, sagt der Verband.</p>");

        assertEquals(List.of("meldung/index.html: Diese Wörter stehen genauso in ../shared/seeds/000_seed.txt: "
                + "\u201Eauf die bedeutung dezentraler arbeitsmarktpolitik aufmerksam zu machen\u201C. Schreiben Sie den "
                + "Satz mit eigenen Worten neu (Fakten und Zahlen dürfen bleiben) oder kennzeichnen Sie ihn als Zitat mit "
                + "Quelle: <blockquote cite=\"Adresse der Quelle\">…</blockquote>."), faults);
    }

    @Test
    void caseAndPunctuationDoNotHideACopy(@TempDir Path tmp) throws Exception {
        List<String> faults = faults(tmp, "<ul><li>DIE KOMMUNALEN JOBCENTER erfüllen – die Aufgaben der …</li>"
                + "<li>Grundsicherung für Arbeitsuchende, ohne die <em>Bundesagentur für Arbeit</em>!</li></ul>");

        assertEquals(1, faults.size(), faults::toString);
        assertTrue(faults.get(0).contains("\u201Edie «Kommunale-Jobcenter» erfüllen die aufgaben der "
                + "«Grundsicherung-für-Arbeitsuchende» ohne die «Bundesagentur-für-Arbeit»\u201C"), faults.get(0));
    }

    @Test
    void properNamesAndTitlesCountAsOneWordSoNamingThemIsNoCopy(@TempDir Path tmp) throws Exception {
        // 12 words of the seed in a row, but two association names and the campaign title are only 3 of the 7 words
        assertEquals(List.of(), faults(tmp, "<p>Der Hessische Landkreistag und der Hessische Städtetag unterstützen "
                + "die Kampagne „Kommunale Jobcenter – Stark. Sozial. Vor Ort.“ seit 2018.</p>"));
        // the title after the seed's own words "unter dem Titel" is still fine: 4 words
        assertEquals(List.of(), faults(tmp, "<p>Werbung unter dem Titel „Kommunale Jobcenter – Stark. Sozial. Vor Ort.“.</p>"));
    }

    @Test
    void aCopiedSentenceAroundProperNamesStillFails(@TempDir Path tmp) throws Exception {
        List<String> faults = faults(tmp, "<p>Der Hessische Landkreistag und der Hessische Städtetag unterstützen die "
                + "gemeinsame Werbekampagne.</p>");

        assertEquals(1, faults.size(), faults::toString);
        assertTrue(faults.get(0).contains("\u201Eder «Hessischer-Landkreistag» und der «Hessischer-Städtetag» "
                + "unterstützen die gemeinsame werbekampagne\u201C"), faults.get(0));
    }

    @Test
    void onlyAQuotationWithItsSourceIsExempt(@TempDir Path tmp) throws Exception {
        String sentence = "Die Kommunalen Jobcenter erfüllen die Aufgaben der Grundsicherung für Arbeitsuchende ohne "
                + "die Bundesagentur für Arbeit eigenverantwortlich.";
        assertEquals(List.of(), faults(tmp, "<blockquote cite=\"https://www.hlt.de/\"><p>" + sentence + "</p></blockquote>"));
        assertEquals(List.of(), faults(tmp, "<blockquote><p>" + sentence + "</p><p>Quelle: <cite>Hessischer Landkreistag"
                + "</cite></p></blockquote>"));
        assertEquals(List.of(), faults(tmp, "<p>Er schrieb: <q cite=\"https://www.hlt.de/\">" + sentence + "</q></p>"));

        assertEquals(1, faults(tmp, "<blockquote><p>" + sentence + "</p></blockquote>").size(), "ohne Quelle kein Zitat");
        assertEquals(1, faults(tmp, "<p>Er schrieb: <q>" + sentence + "</q></p>").size(), "ohne Quelle kein Zitat");
    }

    @Test
    void theDescriptionIsCheckedTooAndEachRunIsNamedOnce(@TempDir Path tmp) throws Exception {
        Fixtures.write(tmp.resolve("seeds"), "000_seed.txt", SEED);
        String copied = "Sie wollen auf die Bedeutung dezentraler Arbeitsmarktpolitik aufmerksam zu machen.";
        Fixtures.write(tmp.resolve("site"), "a.html", "<!DOCTYPE html><html lang=\"de\"><head><title>A</title>"
                + "<meta name=\"description\" content=\"" + copied + "\"><meta property=\"og:description\" content=\""
                + copied + "\"></head><body><main><h1>A</h1><p>Eigener Text.</p></main></body></html>");

        List<Fault> faults = SeedCopyCheck.check(tmp.resolve("seeds"), new GeneratedSite(tmp.resolve("site")));

        assertEquals(1, faults.size(), faults::toString);
        assertEquals("a.html", faults.get(0).file());
    }

    @Test
    void sevenWordsInARowAreNoCopy(@TempDir Path tmp) throws Exception {
        assertEquals(List.of(), faults(tmp, "<p>Wir wollen auf die Bedeutung dezentraler Arbeitsmarktpolitik aufmerksam "
                + "zu werden.</p>"));
    }
}
