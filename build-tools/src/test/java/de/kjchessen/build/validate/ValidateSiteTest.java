package de.kjchessen.build.validate;

import de.kjchessen.build.FixtureSite;
import de.kjchessen.build.Problem;
import de.kjchessen.build.ValidationFailedException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class ValidateSiteTest {

    public static final String GOOD_SITE = """
            name: Test
            kampagne: Test
            betreiber:
              herausgeber: "Beispiel"
              anschrift: "Straße 1, 12345 Ort"
              vertreten_durch: "Person"
              verantwortlich: "Person"
              email: "info@example.org"
              telefon: ""
            """ + FixtureSite.DATENSCHUTZ_YAML;

    static void write(Path root, String rel, String text) throws Exception {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    @Test
    void emptyLegalFactWarnsInPreviewAndFailsThePublishBuildNamingTheField(@TempDir Path root) throws Exception {
        write(root, "data/site.yaml", GOOD_SITE.replace("verantwortlich: \"Person\"", "verantwortlich: \"\""));
        String[] preview = {root.toString(), "preview"};
        ValidateSite.main(preview); // only a warning

        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> ValidateSite.main(new String[]{root.toString(), "publish"}));
        assertEquals(List.of("data/site.yaml, Zeile 7: Die Pflichtangabe \u201Ebetreiber.verantwortlich\u201C "
                        + "(Verantwortliche Person nach § 18 Abs. 2 MStV) ist leer. Tragen Sie den bestätigten Wert ein; "
                        + "ohne ihn darf die Website nicht veröffentlicht werden."),
                e.problems().stream().map(Problem::format).toList());
        assertTrue(e.getMessage().startsWith("1 Fehler gefunden."));
    }

    @Test
    void reportsEveryHeaderMistakeAtOnceWithFileAndLine(@TempDir Path root) throws Exception {
        write(root, "data/site.yaml", GOOD_SITE);
        write(root, "content/a.md", "---\ntitle: YAML\n---\nText\n");
        write(root, "content/b.md", "title=Ohne Trenner\ndate=2018-11-26\n");
        write(root, "content/c.md", "title=C\ndescription=x\ndate=26.11.2018\ntype=pgae\nstatus=published\nwebseite=x\n~~~~~~\n");
        write(root, "content/d.md", "description=x\ndate=2024-02-30\ntype=page\n~~~~~~\n");

        List<String> messages = ValidateSite.validate(root).problems().stream().map(Problem::format).toList();

        assertEquals(List.of(
                "content/a.md, Zeile 1: Der Kopf ist im YAML-Format (---) geschrieben. Erwartet wird das Format \u201Eschlüssel=wert\u201C, eine Angabe pro Zeile, abgeschlossen mit einer Zeile ~~~~~~. Schreiben Sie zum Beispiel: title=Über uns",
                "content/b.md, Zeile 1: Der Kopf wird nicht mit einer Zeile ~~~~~~ abgeschlossen. Fügen Sie nach der letzten Kopfzeile (z. B. status=published) eine Zeile mit genau ~~~~~~ ein.",
                "content/c.md, Zeile 3: Das Datum \u201E26.11.2018\u201C hat nicht die Form JJJJ-MM-TT. Schreiben Sie: date=2018-11-26",
                "content/c.md, Zeile 4: Der Typ \u201Epgae\u201C ist unbekannt. Meinten Sie \u201Epage\u201C? Erlaubt sind: page, post, termin.",
                "content/c.md, Zeile 6: Die Angabe \u201Ewebseite\u201C ist unbekannt. Erlaubt sind: baustein, date, description, end, gueltig_bis, image, image_alt, image_credit, image_license, link, location, original, sperrfrist, stand, start, status, summary, tags, title, type.",
                "content/d.md, Zeile 1: Die Angabe status fehlt. Ergänzen Sie im Kopf eine Zeile status=published (veröffentlichen) oder status=draft (Entwurf).",
                "content/d.md, Zeile 1: Der Titel fehlt. Ergänzen Sie im Kopf eine Zeile title=… mit der Überschrift der Seite.",
                "content/d.md, Zeile 2: Das Datum \u201E2024-02-30\u201C gibt es nicht. Prüfen Sie Tag und Monat."),
                messages);
    }
}
