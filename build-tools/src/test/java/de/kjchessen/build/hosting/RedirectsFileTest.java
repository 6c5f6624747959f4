package de.kjchessen.build.hosting;

import de.kjchessen.build.Problem;
import de.kjchessen.build.SiteUrls;
import de.kjchessen.build.data.YamlFile;
import de.kjchessen.build.validate.ValidateSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedirectsFileTest {

    @TempDir
    Path root;

    private List<String> problems(String yaml) throws IOException {
        write(yaml);
        List<Problem> out = new ArrayList<>();
        RedirectsFile.load(root, out);
        return out.stream().map(Problem::format).toList();
    }

    private void write(String yaml) throws IOException {
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve(RedirectsFile.FILE), yaml, StandardCharsets.UTF_8);
    }

    @Test
    void validEntriesAreRead() throws IOException {
        write("weiterleitungen:\n  - von: /alt.html\n    nach: /neu/\n  - von: /index.php?id=12\n    nach: https://example.org/x\n"
                + "  - von: /%C3%BCber/\n    nach: /ueber-uns/\n");
        List<Problem> out = new ArrayList<>();
        List<Redirect> r = RedirectsFile.load(root, out);
        assertEquals(List.of(), out);
        assertEquals(List.of(new Redirect("/alt.html", null, "/neu/", 2, 3), new Redirect("/index.php", "id=12",
                "https://example.org/x", 4, 5), new Redirect("/über/", null, "/ueber-uns/", 6, 7)), r);
    }

    @Test
    void missingFileAndEmptyListMeanNoRedirects() throws IOException {
        List<Problem> out = new ArrayList<>();
        assertEquals(List.of(), RedirectsFile.load(root, out));
        assertEquals(List.of(), problems("# nichts\nweiterleitungen:\n"));
        assertEquals(List.of(), problems("weiterleitungen: []\n"));
    }

    @Test
    void missingListIsReported() throws IOException {
        List<String> p = problems("umleitungen:\n  - von: /a\n    nach: /b/\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("data/redirects.yaml, Zeile 1: Die Liste „weiterleitungen:“ fehlt."), p.get(0));
    }

    @Test
    void unknownKeyGetsASuggestion() throws IOException {
        List<String> p = problems("weiterleitungen:\n  - von: /a\n    nah: /b/\n");
        assertTrue(p.contains("data/redirects.yaml, Zeile 3: Unbekannte Angabe „nah“. Meinten Sie „nach“? Erlaubt sind: von, nach."), p.toString());
    }

    @Test
    void fullUrlOrMissingSlashInVonIsReported() throws IOException {
        List<String> p = problems("weiterleitungen:\n  - von: https://www.example.org/alt\n    nach: /b/\n"
                + "  - von: alt.html\n    nach: /b/\n  - von: /mit leerzeichen\n    nach: /b/\n");
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("data/redirects.yaml, Zeile 2: Bei „von:“ steht eine vollständige Adresse"), p.get(0));
        assertTrue(p.get(1).startsWith("data/redirects.yaml, Zeile 4: Die alte Adresse „alt.html“ muss mit genau einem Schrägstrich beginnen"), p.get(1));
        assertTrue(p.get(2).startsWith("data/redirects.yaml, Zeile 6: Die alte Adresse „/mit leerzeichen“ enthält ein Leerzeichen"), p.get(2));
    }

    @Test
    void insecureOrRelativeTargetIsReported() throws IOException {
        List<String> p = problems("weiterleitungen:\n  - von: /a\n    nach: http://example.org/\n  - von: /b\n    nach: neu/\n");
        assertEquals(List.of("data/redirects.yaml, Zeile 3: Das Ziel „http://example.org/“ ist unverschlüsselt (http). Verwenden Sie „https://“.",
                "data/redirects.yaml, Zeile 5: Das Ziel „neu/“ muss eine Seite dieser Website sein, die mit „/“ beginnt "
                        + "(zum Beispiel „/ueber-uns/“), oder eine Adresse mit „https://“."), p);
    }

    @Test
    void emptyValueDuplicateLoopAndChainAreReported() throws IOException {
        List<String> p = problems("weiterleitungen:\n  - von: /a\n    nach:\n  - von: /b\n    nach: /c/\n  - von: /b\n    nach: /d/\n"
                + "  - von: /e/\n    nach: /e/\n  - von: /f\n    nach: /g/\n  - von: /g/\n    nach: /h/\n");
        assertEquals(4, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("data/redirects.yaml, Zeile 3: Die Angabe „nach:“ fehlt oder ist leer."), p.get(0));
        assertEquals("data/redirects.yaml, Zeile 6: Die alte Adresse „/b“ steht schon in Zeile 4. Jede alte Adresse darf nur "
                + "einmal vorkommen; löschen Sie einen der Einträge.", p.get(1));
        assertTrue(p.get(2).startsWith("data/redirects.yaml, Zeile 8: Die Weiterleitung führt auf sich selbst"), p.get(2));
        assertTrue(p.get(3).startsWith("data/redirects.yaml, Zeile 10: „/g/“ ist selbst eine alte Adresse (Zeile 12)."), p.get(3));
    }

    @Test
    void missingTargetPageGetsASuggestionBeforeTheBake() throws IOException {
        write("weiterleitungen:\n  - von: /alt.html\n    nach: /ueber-unss/\n  - von: /b\n    nach: /kontakt/\n");
        SiteUrls urls = new SiteUrls();
        List<Problem> out = new ArrayList<>();
        urls.add(new SiteUrls.Origin("/ueber-uns/", "content/ueber-uns/index.md", 0), out);
        urls.add(new SiteUrls.Origin("/kontakt/", "content/kontakt/index.md", 0), out);
        RedirectsFile.validate(YamlFile.parse(RedirectsFile.FILE,
                Files.readString(root.resolve(RedirectsFile.FILE)), out), urls, out);
        assertEquals(List.of("data/redirects.yaml, Zeile 3: Das Ziel „/ueber-unss/“ führt zu keiner Seite dieser Website. "
                + "Meinten Sie „/ueber-uns/“?"), out.stream().map(Problem::format).toList());
    }

    @Test
    void beforeTheBakeEveryMistakeIsReportedOnce() throws IOException {
        Files.createDirectories(root.resolve("content/kontakt"));
        Files.writeString(root.resolve("content/kontakt/index.md"), "title=Kontakt\ndate=2026-11-25\ntype=page\nstatus=published\n~~~~~~\nText\n");
        write("weiterleitungen:\n  - von: https://www.example.org/alt\n    nach: /kontakt/\n  - von: /a\n    nah: /kontakt/\n"
                + "  - von: /c\n    nach: http://example.org/\n  - von: /d\n    nach: /kontaktt/\n"
                + "  - von: /e/\n    nach: /kontakt/\n  - von: /e/\n    nach: /kontakt/\n");
        List<String> p = ValidateSite.validate(root).problems().stream()
                .filter(x -> x.file().equals(RedirectsFile.FILE)).map(Problem::format).toList();
        // The typo "nah" gives one message (unknown key with suggestion), not a second one for the missing "nach".
        assertEquals(5, p.size(), String.join("\n", p));
        assertTrue(p.get(0).startsWith("data/redirects.yaml, Zeile 2: Bei „von:“ steht eine vollständige Adresse"), p.get(0));
        assertTrue(p.get(1).startsWith("data/redirects.yaml, Zeile 5: Unbekannte Angabe „nah“. Meinten Sie „nach“?"), p.get(1));
        assertTrue(p.get(2).startsWith("data/redirects.yaml, Zeile 7: Das Ziel „http://example.org/“ ist unverschlüsselt"), p.get(2));
        assertEquals("data/redirects.yaml, Zeile 9: Das Ziel „/kontaktt/“ führt zu keiner Seite dieser Website. Meinten Sie „/kontakt/“?", p.get(3));
        assertTrue(p.get(4).startsWith("data/redirects.yaml, Zeile 12: Die alte Adresse „/e/“ steht schon in Zeile 10."), p.get(4));
    }

    @Test
    void yamlSyntaxErrorHasLine() throws IOException {
        List<String> p = problems("weiterleitungen:\n  - von: /a\n   nach: /b/\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("data/redirects.yaml, Zeile 3: Die YAML-Schreibweise ist fehlerhaft"), p.get(0));
    }

    @Test
    void targetsAreCheckedAgainstTheBakedSite(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("neu"));
        Files.writeString(site.resolve("neu/index.html"), "x");
        Files.writeString(site.resolve("alt.html"), "x");
        List<Redirect> r = List.of(new Redirect("/weg.html", null, "/neu/", 2, 3), new Redirect("/x", null, "/fehlt/", 4, 5),
                new Redirect("/alt.html", null, "/neu/#abschnitt", 6, 7), new Redirect("/y", null, "https://example.org/", 8, 9));
        List<String> p = RedirectTargets.check(r, site).stream().map(Problem::format).toList();
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("data/redirects.yaml, Zeile 5: Das Ziel „/fehlt/“ gibt es nicht auf der Website."), p.get(0));
        assertTrue(p.get(1).startsWith("data/redirects.yaml, Zeile 6: Unter der alten Adresse „/alt.html“ gibt es eine Seite"), p.get(1));
    }
}
