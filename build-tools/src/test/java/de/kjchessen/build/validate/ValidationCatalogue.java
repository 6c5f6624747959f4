package de.kjchessen.build.validate;

import de.kjchessen.build.BuildClock;
import de.kjchessen.build.FixtureSite;
import de.kjchessen.build.SiteMode;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static de.kjchessen.build.FixtureSite.delete;
import static de.kjchessen.build.FixtureSite.replace;
import static de.kjchessen.build.FixtureSite.write;
import static de.kjchessen.build.FixtureSite.writeBytes;

/**
 * Every kind of mistake the Redaktion can make, each as one small break of {@link FixtureSite} and the one
 * message it must produce. docs/redaktion.md quotes every message listed here (HandbookTest).
 */
final class ValidationCatalogue {

    /** One kind of mistake: how to make it, in which mode, and the exact message editors see. */
    record Case(String kind, SiteMode mode, Consumer<Path> breakIt, String message) {
        @Override
        public String toString() {
            return kind;
        }
    }

    static final String K = "content/kontakt/index.md";
    static final String P = "content/aktuelles/2018/2018-11-26-kampagnenstart.md";
    static final String T = "content/termine/2018-11-26-fachtag.md";
    static final String TERMIN = """
            title=Fachtag
            description=Ein Fachtag der Jobcenter.
            date=2018-11-01
            type=termin
            status=published
            start=2018-11-26 10:00
            end=2018-11-26 16:00
            location=Rathaus Beispielstadt, Marktplatz 1, 12345 Beispielstadt
            ~~~~~~
            Programm folgt.
            """;
    static final String R = "data/redirects.yaml";
    static final String J = "data/jobcenter.yaml";
    static final String REDIRECTS = "weiterleitungen:\n  - von: /kontaktformular/\n    nach: /kontakt/\n";
    /** The picture of a page, inserted after the Pressemitteilung's last header line (image= is line 8). */
    static final String SUMMARY = "summary=Die Kampagne beginnt.\n";
    static final String PIC = SUMMARY + "image=/bilder/beratung.jpg\nimage_alt=Zwei Menschen im "
            + "Beratungsgespräch\nimage_credit=Beispielfotografin\nimage_license=CC BY 4.0\n";
    static final String Q = "\u201E";
    static final String E = "\u201C";

    /** The fixture with the Jobcenter-Finder (one Gemeinde) and the given zustaendig_fuer items for beispielkreis. */
    static void withFinder(Path r, String items) {
        write(r, "data/gemeinden.csv", "ags,name,kreis_ags,kreis_name,plz\n06999001,Beispielstadt,06999,Beispielkreis,99999\n");
        write(r, "content/jobcenter-finden/index.md", FixtureSite.KONTAKT.replace("title=Kontakt", "title=Jobcenter finden"));
        replace(r, J, "    quellen:\n", "    zustaendig_fuer:\n" + items + "    quellen:\n");
    }

    /**
     * Gives the fixture's Jobcenter one contact value (kontakt: from line 11, the value's wert on line 14, datum on 17,
     * staerke on 18), with {@code from} replaced by {@code to} in it.
     */
    static void kontakt(Path r, String feld, String wert, String from, String to) {
        String block = "    kontakt:\n      stand: " + BuildClock.today() + "\n      " + feld + ":\n        wert: " + wert
                + "\n        quelle: \"Beispielquelle der Angabe\"\n        quelle_url: https://www.example.org/angabe\n"
                + "        datum: 2025-06\n        staerke: mittel\n";
        replace(r, J, FixtureSite.KONTAKT_LINE, from.isEmpty() ? block : block.replace(from, to));
    }

    private static Case c(String kind, Consumer<Path> breakIt, String message) {
        return new Case(kind, SiteMode.PREVIEW, breakIt, message);
    }

    private static Case publish(String kind, Consumer<Path> breakIt, String message) {
        return new Case(kind, SiteMode.PUBLISH, breakIt, message);
    }

    /** A translation of the Kontakt page (content/en/…); DATE is its date= (without stand= it is its Stand). */
    static final String EN = "content/en/kontakt/index.md";
    static final String UEBERSETZUNG = """
            title=Contact
            description=How to reach us.
            date=DATUM
            type=page
            status=published
            original=kontakt/index.md
            ~~~~~~
            How to reach us.
            """;
    static final String SPRACHE_DE = "sprache:\n  name: Deutsch\n  richtung: ltr\n  locale: de_DE\n  start: /\n  reihenfolge: 1\n"
            + "texte:\n  zum_inhalt: Zum Inhalt springen\n  menue: Menü\nfinder:\n  label: Ihr Wohnort\n";

    /** Advice that never fails a build (listed in preview and publish); tested with the accessibility notes. */
    static final List<Case> NOTES = List.of(
            new Case("Prüfung älter als zwölf Monate", SiteMode.PREVIEW,
                    r -> replace(r, K, "type=page\n", "type=page\nstand=2018-11-26\n"),
                    K + ", Zeile 5: Diese Angaben wurden zuletzt am 26. November 2018 mit ihren Quellen abgeglichen, vor "
                            + "mehr als zwölf Monaten. Prüfen Sie sie erneut und schreiben Sie dann das Datum der Prüfung bei "
                            + "stand (JJJJ-MM-TT)."),
            new Case("Übersetzung älter als ihr Original", SiteMode.PREVIEW,
                    r -> write(r, EN, UEBERSETZUNG.replace("DATUM", "2018-11-20")),
                    EN + ", Zeile 6: Das Original " + K + " hat den Stand 26. November 2018, diese Übersetzung den "
                            + "älteren Stand 20. November 2018. Gleichen Sie die Übersetzung mit dem Original ab und schreiben Sie dann das Datum der "
                            + "Prüfung bei stand (JJJJ-MM-TT)."));

    static final List<Case> CASES = List.of(
            c("Datei ohne Kopf",
                    r -> write(r, "content/ueber-uns/index.md", "Wir sind die Kommunalen Jobcenter.\n"),
                    "content/ueber-uns/index.md: Die Datei hat keinen Kopf. Beginnen Sie die Datei mit den Zeilen "
                            + "title=…, date=JJJJ-MM-TT, type=page, status=published und einer Zeile ~~~~~~ (Vorlagen: docs/vorlagen/)."),
            c("Kopf nicht abgeschlossen",
                    r -> replace(r, K, "~~~~~~\n", ""),
                    K + ", Zeile 1: Der Kopf wird nicht mit einer Zeile ~~~~~~ abgeschlossen. Fügen Sie nach der letzten "
                            + "Kopfzeile (z. B. status=published) eine Zeile mit genau ~~~~~~ ein."),
            c("Kopf im YAML-Format",
                    r -> write(r, K, "---\ntitle: Kontakt\n---\nSo erreichen Sie uns.\n"),
                    K + ", Zeile 1: Der Kopf ist im YAML-Format (---) geschrieben. Erwartet wird das Format "
                            + Q + "schlüssel=wert" + E + ", eine Angabe pro Zeile, abgeschlossen mit einer Zeile ~~~~~~. "
                            + "Schreiben Sie zum Beispiel: title=Über uns"),
            c("Kopfzeile mit Doppelpunkt",
                    r -> replace(r, K, "description=So erreichen Sie uns.", "description: So erreichen Sie uns."),
                    K + ", Zeile 2: Die Kopfzeile " + Q + "description: So erreichen Sie uns." + E + " hat nicht die Form "
                            + "schlüssel=wert. Schreiben Sie: description=So erreichen Sie uns."),
            c("Unbekannte Angabe im Kopf",
                    r -> replace(r, K, "type=page\n", "type=page\nsumary=Kurz gesagt\n"),
                    K + ", Zeile 5: Die Angabe " + Q + "sumary" + E + " ist unbekannt. Meinten Sie " + Q + "summary" + E
                            + "? Korrigieren Sie den Namen vor dem Gleichheitszeichen."),
            c("Kopfzeile ohne Gleichheitszeichen",
                    r -> replace(r, K, "type=page\n", "type=page\nKontaktseite\n"),
                    K + ", Zeile 5: Die Kopfzeile " + Q + "Kontaktseite" + E + " hat nicht die Form schlüssel=wert. "
                            + "Schreiben Sie zum Beispiel: title=Über uns"),
            c("Unbekannte Angabe ohne ähnlichen Namen",
                    r -> replace(r, K, "type=page\n", "type=page\nwebseite=https://example.org/\n"),
                    K + ", Zeile 5: Die Angabe " + Q + "webseite" + E + " ist unbekannt. Erlaubt sind: baustein, date, "
                            + "description, end, gueltig_bis, image, image_alt, image_credit, image_license, link, location, original, sperrfrist, stand, start, status, summary, tags, "
                            + "title, type."),
            c("Platzhalter aus der Vorlage",
                    r -> replace(r, K, "So erreichen Sie uns.\n\n", "[BITTE ERSETZEN: Erster Absatz]\n\n"),
                    K + ", Zeile 7: Hier steht noch ein Platzhalter aus der Vorlage: " + Q + "[BITTE ERSETZEN: Erster "
                            + "Absatz]" + E + ". Ersetzen Sie ihn (mit den eckigen Klammern) durch Ihren Text."),
            c("Datum-Platzhalter aus der Vorlage",
                    r -> replace(r, K, "date=2018-11-26", "date=JJJJ-MM-TT"),
                    K + ", Zeile 3: Bei date= steht noch der Platzhalter JJJJ-MM-TT aus der Vorlage. Schreiben Sie das "
                            + "Datum in dieser Form, zum Beispiel: date=2018-11-26"),
            c("Unbekannter Typ",
                    r -> replace(r, K, "type=page", "type=pgae"),
                    K + ", Zeile 4: Der Typ " + Q + "pgae" + E + " ist unbekannt. Meinten Sie " + Q + "page" + E
                            + "? Erlaubt sind: page, post, termin."),
            c("Typ fehlt",
                    r -> replace(r, K, "type=page\n", ""),
                    K + ", Zeile 1: Die Angabe type fehlt. Ergänzen Sie im Kopf eine Zeile type=page (Seite), type=post "
                            + "(Pressemitteilung) oder type=termin (Termin)."),
            c("Status fehlt",
                    r -> replace(r, K, "status=published\n", ""),
                    K + ", Zeile 1: Die Angabe status fehlt. Ergänzen Sie im Kopf eine Zeile status=published "
                            + "(veröffentlichen) oder status=draft (Entwurf)."),
            c("Unbekannter Status",
                    r -> replace(r, K, "status=published", "status=publshed"),
                    K + ", Zeile 5: Der Status " + Q + "publshed" + E + " ist unbekannt. Meinten Sie " + Q + "published"
                            + E + "? Erlaubt sind: published, draft."),
            publish("Entwurf bei der Veröffentlichung",
                    r -> replace(r, K, "status=published", "status=draft"),
                    K + ", Zeile 5: Die Seite ist ein Entwurf (status=draft) und würde nicht veröffentlicht. Schreiben "
                            + "Sie status=published oder nehmen Sie die Datei heraus."),
            c("Titel fehlt",
                    r -> replace(r, K, "title=Kontakt\n", ""),
                    K + ", Zeile 1: Der Titel fehlt. Ergänzen Sie im Kopf eine Zeile title=… mit der Überschrift der Seite."),
            c("Kurzbeschreibung fehlt",
                    r -> replace(r, K, "description=So erreichen Sie uns.\n", ""),
                    K + ", Zeile 1: Die Kurzbeschreibung fehlt. Ergänzen Sie im Kopf eine Zeile description=… mit einem "
                            + "Satz über den Inhalt (erscheint in Suchmaschinen)."),
            c("Datum fehlt",
                    r -> replace(r, K, "date=2018-11-26\n", ""),
                    K + ", Zeile 1: Das Datum fehlt. Ergänzen Sie im Kopf eine Zeile date=JJJJ-MM-TT mit dem Tag der "
                            + "Veröffentlichung, zum Beispiel date=2018-11-26."),
            c("Datum in deutscher Schreibweise",
                    r -> replace(r, P, "date=2018-11-26", "date=26.11.2018"),
                    P + ", Zeile 3: Das Datum " + Q + "26.11.2018" + E + " hat nicht die Form JJJJ-MM-TT. Schreiben Sie: "
                            + "date=2018-11-26"),
            c("Datum in falscher Form",
                    r -> replace(r, P, "date=2018-11-26", "date=November 2018"),
                    P + ", Zeile 3: Das Datum " + Q + "November 2018" + E + " hat nicht die Form JJJJ-MM-TT. Schreiben Sie "
                            + "zum Beispiel: date=2018-11-26"),
            c("Datum, das es nicht gibt",
                    r -> replace(r, P, "date=2018-11-26", "date=2018-02-30"),
                    P + ", Zeile 3: Das Datum " + Q + "2018-02-30" + E + " gibt es nicht. Prüfen Sie Tag und Monat."),
            c("Termin ohne Beginn",
                    r -> write(r, T, TERMIN.replace("start=2018-11-26 10:00\n", "")),
                    T + ", Zeile 1: Beim Termin fehlt der Beginn. Ergänzen Sie im Kopf eine Zeile start=JJJJ-MM-TT "
                            + "(ganztägig) oder start=JJJJ-MM-TT HH:MM, zum Beispiel start=2018-11-26 10:00."),
            c("Termin mit ungültigem Zeitpunkt",
                    r -> write(r, T, TERMIN.replace("start=2018-11-26 10:00", "start=26.11.2018 10 Uhr")),
                    T + ", Zeile 6: Die Angabe start=26.11.2018 10 Uhr ist kein gültiger Zeitpunkt. Schreiben Sie "
                            + "JJJJ-MM-TT (ganztägig) oder JJJJ-MM-TT HH:MM, zum Beispiel start=2018-11-26 10:00."),
            c("Termin: Uhrzeit nur bei Beginn oder Ende",
                    r -> write(r, T, TERMIN.replace("end=2018-11-26 16:00", "end=2018-11-26")),
                    T + ", Zeile 7: Beginn und Ende des Termins müssen beide eine Uhrzeit haben oder beide keine. "
                            + "Schreiben Sie zum Beispiel start=2018-11-26 10:00 und end=2018-11-26 16:00."),
            c("Termin endet vor dem Beginn",
                    r -> write(r, T, TERMIN.replace("end=2018-11-26 16:00", "end=2018-11-25 16:00")),
                    T + ", Zeile 7: Das Ende des Termins (2018-11-25 16:00) liegt vor dem Beginn (2018-11-26 10:00). "
                            + "Prüfen Sie start und end."),
            c("Termin ohne Ort",
                    r -> write(r, T, TERMIN.replace("location=Rathaus Beispielstadt, Marktplatz 1, 12345 Beispielstadt\n", "")),
                    T + ", Zeile 1: Beim Termin fehlt der Ort. Ergänzen Sie im Kopf eine Zeile location=… mit "
                            + "Veranstaltungsort und Anschrift, zum Beispiel location=Bürgerhaus, Hauptstraße 1, 65183 Wiesbaden."),
            // --- Anhänge (AttachmentChecker) ---
            c("Anhang, den es nicht gibt",
                    r -> replace(r, P, "Mehr dazu auf der Seite", "Den [Flyer](/downloads/flyer.pdf) gibt es hier. Mehr dazu auf der Seite"),
                    P + ", Zeile 9: Die Datei " + Q + "/downloads/flyer.pdf" + E + " gibt es nicht. Legen Sie sie in "
                            + "assets/downloads/ ab und verlinken Sie sie mit [Titel](/downloads/name.pdf); Art und Größe "
                            + "der Datei ergänzt die Website selbst."),
            // --- end Anhänge ---
            // --- Sperrfrist (EmbargoChecker) ---
            c("Sperrfrist in falscher Form",
                    r -> replace(r, P, "date=2018-11-26\n", "date=2018-11-26\nsperrfrist=1.12.2026 10 Uhr\n"),
                    P + ", Zeile 4: Die Sperrfrist " + Q + "1.12.2026 10 Uhr" + E + " hat nicht die Form JJJJ-MM-TT HH:MM "
                            + "(deutsche Zeit). Schreiben Sie zum Beispiel: sperrfrist=2026-12-01 10:00"),
            c("Sperrfrist bei einer Seite",
                    r -> replace(r, K, "date=2018-11-26\n", "date=2018-11-26\nsperrfrist=2026-12-01 10:00\n"),
                    K + ", Zeile 4: Eine Sperrfrist gibt es nur für Pressemitteilungen (type=post) und Termine "
                            + "(type=termin). Löschen Sie die Zeile sperrfrist=…; eine Seite, die noch nicht erscheinen "
                            + "soll, bekommt status=draft."),
            c("Link auf eine Seite unter Sperrfrist",
                    r -> {
                        write(r, "content/aktuelles/2099/2099-01-01-spaeter.md", FixtureSite.PRESS.replace("date=2018-11-26", "date=2099-01-01"));
                        replace(r, K, "~~~~~~\nSo erreichen Sie uns.\n", "~~~~~~\nSo erreichen Sie uns. [Bald mehr](/aktuelles/2099/2099-01-01-spaeter.html)\n");
                    },
                    K + ", Zeile 7: Der Link " + Q + "/aktuelles/2099/2099-01-01-spaeter.html" + E + " führt zu einer Seite "
                            + "unter Sperrfrist bis 1. Januar 2099; bis dahin ist sie nicht veröffentlicht. Nehmen Sie den Link "
                            + "erst nach der Sperrfrist auf (oder geben Sie der Pressemitteilung mit dem Link dieselbe Sperrfrist)."),
            // --- end Sperrfrist ---
            c("Datei nicht in UTF-8",
                    r -> writeBytes(r, K, FixtureSite.KONTAKT.replace("So erreichen", "Für Anfragen")
                            .getBytes(Charset.forName("windows-1252"))),
                    K + ": Die Datei ist nicht in UTF-8 gespeichert (Umlaute würden falsch angezeigt). Speichern Sie sie "
                            + "in Ihrem Editor mit der Kodierung " + Q + "UTF-8" + E + "."),
            c("Zwei Dateien mit derselben Adresse",
                    r -> write(r, "content/Kontakt/index.md", FixtureSite.KONTAKT),
                    K + ": Diese Datei ergibt die Adresse " + Q + "/kontakt/" + E + ", die schon content/Kontakt/index.md "
                            + "ergibt. Zwei Seiten können nicht dieselbe Adresse haben: Benennen Sie eine der beiden Dateien "
                            + "(oder ihren Ordner) um oder löschen Sie eine."),
            c("Seite mit der Adresse einer erzeugten Seite",
                    r -> write(r, "content/jobcenter/beispielkreis/index.md", FixtureSite.KONTAKT),
                    "content/jobcenter/beispielkreis/index.md: Diese Datei ergibt die Adresse " + Q
                            + "/jobcenter/beispielkreis/" + E + ", die schon data/jobcenter.yaml, Zeile 2 ergibt. Zwei "
                            + "Seiten können nicht dieselbe Adresse haben: Benennen Sie eine der beiden Dateien (oder ihren "
                            + "Ordner) um oder löschen Sie eine."),
            c("Seitentyp, den es in content/ nicht gibt",
                    r -> write(r, "content/termine.yaml", "titel: Termine\n"),
                    "content/termine.yaml: Dateien vom Typ .yaml werden in content/ nicht als Seite verarbeitet. "
                            + "Schreiben Sie Seiten als Markdown-Datei (.md); Daten gehören nach data/."),
            c("Link auf eine Seite, die es nicht gibt",
                    r -> replace(r, P, "(/kontakt/)", "(/kontkat/)"),
                    P + ", Zeile 9: Der Link " + Q + "/kontkat/" + E + " führt zu keiner Seite dieser Website. Meinten Sie "
                            + Q + "/kontakt/" + E + "?"),
            c("Link ohne ähnliche Seite",
                    r -> replace(r, P, "(/kontakt/)", "(/presse/archiv/2017/)"),
                    P + ", Zeile 9: Der Link " + Q + "/presse/archiv/2017/" + E + " führt zu keiner Seite dieser Website. "
                            + "Prüfen Sie die Adresse: content/x/index.md hat die Adresse /x/, content/a/b.md die Adresse "
                            + "/a/b.html."),
            c("Link auf die Markdown-Datei",
                    r -> replace(r, P, "(/kontakt/)", "(../../kontakt/index.md)"),
                    P + ", Zeile 9: Der Link " + Q + "../../kontakt/index.md" + E + " zeigt auf die Quelldatei "
                            + "content/kontakt/index.md. Verlinken Sie die Adresse der Seite: /kontakt/"),
            c("Bild, das es nicht gibt",
                    r -> replace(r, K, "/bilder/beratung.jpg", "/bilder/beratung.jpeg"),
                    K + ", Zeile 9: Das Bild " + Q + "/bilder/beratung.jpeg" + E + " gibt es nicht. Meinten Sie " + Q
                            + "/bilder/beratung.jpg" + E + "? Legen Sie die Bilddatei in assets/bilder/ ab und schreiben "
                            + "Sie ![Beschreibung](/bilder/name.jpg)."),
            c("Bild ohne Alternativtext",
                    r -> replace(r, K, "![Zwei Menschen im Beratungsgespräch]", "![]"),
                    K + ", Zeile 9: Das Bild " + Q + "/bilder/beratung.jpg" + E + " hat keinen Alternativtext. Schreiben "
                            + "Sie in die eckigen Klammern, was auf dem Bild zu sehen ist, zum Beispiel: "
                            + "![Drei Beschäftigte im Beratungsgespräch](/bilder/beratung.jpg)"),
            // --- Bilder: Kopfangaben und Dateien (PictureChecker) ---
            c("Bild bei image= gibt es nicht",
                    r -> replace(r, P, SUMMARY, PIC.replace("/bilder/beratung.jpg", "/bilder/fehlt.jpg")),
                    P + ", Zeile 8: Das Bild " + Q + "/bilder/fehlt.jpg" + E + " bei image= gibt es nicht. Legen Sie die "
                            + "Bilddatei in assets/bilder/ ab und schreiben Sie image=/bilder/name.jpg (mit / am Anfang)."),
            c("Bild bei image= ohne Alternativtext",
                    r -> replace(r, P, SUMMARY, PIC.replace("image_alt=Zwei Menschen im Beratungsgespräch\n", "")),
                    P + ", Zeile 8: Zum Bild bei image= fehlt der Alternativtext. Ergänzen Sie eine Zeile image_alt=… mit "
                            + "einem Satz, was auf dem Bild zu sehen ist."),
            c("Alternativtext bei image_alt ist der Dateiname",
                    r -> replace(r, P, SUMMARY, PIC.replace("image_alt=Zwei Menschen im Beratungsgespräch", "image_alt=beratung.jpg")),
                    P + ", Zeile 9: Der Alternativtext " + Q + "beratung.jpg" + E + " ist nur der Dateiname des Bildes. "
                            + "Beschreiben Sie in einem Satz, was auf dem Bild zu sehen ist."),
            c("Bild bei image= ohne Bildnachweis",
                    r -> replace(r, P, SUMMARY, PIC.replace("image_credit=Beispielfotografin\n", "")),
                    P + ", Zeile 8: Zum Bild bei image= fehlt der Bildnachweis: Ergänzen Sie eine Zeile image_credit=… (wer "
                            + "das Foto gemacht hat, z. B. image_credit=Anna Beispiel). Ohne geklärte Rechte darf kein Bild "
                            + "veröffentlicht werden."),
            c("Bild im Text ohne Bildnachweis",
                    r -> replace(r, K, " \"Foto: Beispielfotografin / CC BY 4.0\"", ""),
                    K + ", Zeile 9: Das Bild " + Q + "/bilder/beratung.jpg" + E + " hat keinen Bildnachweis. Schreiben Sie "
                            + "ihn in Anführungszeichen hinter die Adresse: ![Beschreibung](/bilder/beratung.jpg "
                            + "\"Foto: Name / Lizenz\")"),
            c("Bild zu klein",
                    r -> writeBytes(r, "assets/bilder/beratung.jpg", FixtureSite.jpeg(800, 600)),
                    K + ", Zeile 9: Das Bild " + Q + "/bilder/beratung.jpg" + E + " ist nur 800 Pixel breit. Bilder brauchen "
                            + "mindestens 1200 Pixel Breite, sonst wirken sie auf großen Bildschirmen und beim Teilen unscharf. "
                            + "Nehmen Sie die Originaldatei oder ein größeres Bild."),
            c("Bild zu groß",
                    r -> writeBytes(r, "assets/bilder/beratung.jpg", FixtureSite.jpeg(8200, 60)),
                    K + ", Zeile 9: Das Bild " + Q + "/bilder/beratung.jpg" + E + " ist zu groß: Erlaubt sind höchstens 8000 "
                            + "Pixel an der längeren Seite und 20 MB, es hat 8200 × 60 Pixel. Verkleinern Sie es auf etwa "
                            + "3000 Pixel Breite; die kleineren Fassungen erzeugt die Website selbst."),
            c("Bild im falschen Format",
                    r -> write(r, "assets/bilder/beratung.jpg", "GIF89a(Bilddaten)"),
                    K + ", Zeile 9: Das Bild " + Q + "/bilder/beratung.jpg" + E + " hat das Format GIF. Erlaubt sind JPEG "
                            + "(.jpg), PNG (.png) und WebP (.webp), für Grafiken im Text auch SVG (.svg). Speichern Sie es in "
                            + "einem dieser Formate, mit der passenden Endung."),
            c("Bild beschädigt",
                    r -> writeBytes(r, "assets/bilder/beratung.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2}),
                    K + ", Zeile 9: Das Bild " + Q + "/bilder/beratung.jpg" + E + " lässt sich nicht lesen (die Datei ist "
                            + "beschädigt). Speichern Sie es neu als JPEG, PNG oder WebP."),
            // --- end Bilder ---
            c("HTML-Element script",
                    r -> replace(r, K, "So erreichen Sie uns.\n\n", "So erreichen Sie uns.\n\n<script src=\"https://example.org/zaehler.js\"></script>\n\n"),
                    K + ", Zeile 9: Das HTML-Element <script> ist in Inhalten nicht erlaubt: Es könnte Code ausführen, "
                            + "fremde Inhalte laden oder die Gestaltung ändern. Entfernen Sie es. Für Videos, Karten oder "
                            + "Formulare wenden Sie sich an die Technik."),
            c("HTML-Element iframe",
                    r -> replace(r, K, "So erreichen Sie uns.\n\n", "So erreichen Sie uns.\n\n<iframe src=\"https://maps.example.org/\"></iframe>\n\n"),
                    K + ", Zeile 9: Das HTML-Element <iframe> ist in Inhalten nicht erlaubt: Es könnte Code ausführen, "
                            + "fremde Inhalte laden oder die Gestaltung ändern. Entfernen Sie es. Für Videos, Karten oder "
                            + "Formulare wenden Sie sich an die Technik."),
            c("HTML-Element style",
                    r -> replace(r, K, "So erreichen Sie uns.\n\n", "So erreichen Sie uns.\n\n<style>\nh1 { color: red; }\n</style>\n\n"),
                    K + ", Zeile 9: Das HTML-Element <style> ist in Inhalten nicht erlaubt: Es könnte Code ausführen, "
                            + "fremde Inhalte laden oder die Gestaltung ändern. Entfernen Sie es. Für Videos, Karten oder "
                            + "Formulare wenden Sie sich an die Technik."),
            c("HTML-Attribut onclick",
                    r -> replace(r, K, "So erreichen Sie uns.\n", "So erreichen Sie <a href=\"/kontakt/\" onclick=\"zaehle()\">uns</a>.\n"),
                    K + ", Zeile 7: Das HTML-Attribut onclick im Element <a> startet JavaScript und ist nicht erlaubt. "
                            + "Entfernen Sie onclick=…"),
            c("HTML-Attribut style",
                    r -> replace(r, K, "So erreichen Sie uns.\n", "So erreichen Sie <span style=\"color: red\">uns</span>.\n"),
                    K + ", Zeile 7: Das HTML-Attribut style im Element <span> ist nicht erlaubt: Die Gestaltung kommt nur "
                            + "aus dem Stylesheet. Entfernen Sie style=…; zum Hervorheben schreiben Sie **fett**."),
            c("javascript:-Link",
                    r -> replace(r, P, "(/kontakt/)", "(javascript:alert(1))"),
                    P + ", Zeile 9: Der Link " + Q + "javascript:alert(1)" + E + " führt JavaScript aus und ist nicht "
                            + "erlaubt. Verlinken Sie eine Seite der Website (z. B. /kontakt/) oder eine Adresse, die mit "
                            + "https:// beginnt."),
            c("Schlagwort in zwei Schreibweisen",
                    r -> write(r, "content/aktuelles/2018/2018-11-27-tag-der-jobcenter.md", FixtureSite.PRESS
                            .replace("tags=Arbeitsmarkt, Kampagne", "tags=arbeitsmarkt")),
                    "content/aktuelles/2018/2018-11-27-tag-der-jobcenter.md, Zeile 6: Das Schlagwort " + Q + "arbeitsmarkt"
                            + E + " ist in " + P + ", Zeile 6 als " + Q + "Arbeitsmarkt" + E + " geschrieben. Schreiben Sie "
                            + "es überall gleich (" + Q + "Arbeitsmarkt" + E + "), sonst entstehen zwei Schlagwortseiten."),
            // --- Bausteine (BausteinChecker): the names are the files in templates/bausteine/ ---
            c("Baustein, den es nicht gibt",
                    r -> {
                        write(r, "templates/bausteine/betreiber.ftl", "<#ftl output_format=\"HTML\">\n");
                        write(r, "templates/bausteine/datenschutz.ftl", "<#ftl output_format=\"HTML\">\n");
                        replace(r, K, "type=page\n", "type=page\nbaustein=betreiberr\n");
                    },
                    K + ", Zeile 5: Den Baustein " + Q + "betreiberr" + E + " gibt es nicht. Meinten Sie " + Q + "betreiber"
                            + E + "? Möglich sind: betreiber, datenschutz (die Dateien in templates/bausteine/). Korrigieren "
                            + "Sie den Namen nach baustein= oder löschen Sie die Zeile."),
            c("Baustein bei einer Pressemitteilung",
                    r -> {
                        write(r, "templates/bausteine/betreiber.ftl", "<#ftl output_format=\"HTML\">\n");
                        replace(r, P, SUMMARY, "baustein=betreiber\n");
                    },
                    P + ", Zeile 7: Einen Baustein (baustein=) gibt es nur bei Seiten (type=page), nicht bei type=post. "
                            + "Löschen Sie die Zeile baustein=betreiber."),
            c("Jobcenter mit Gemeindeschlüssel ohne zustaendig_fuer",
                    r -> replace(r, J, "ags: \"06999\"", "ags: \"06999001\""),
                    J + ", Zeile 3: Feld \"ags\" hat den Gemeindeschlüssel \"06999001\". Das geht nur, wenn dieses Jobcenter "
                            + "die Gemeinde unter zustaendig_fuer nennt. Ergänzen Sie zustaendig_fuer mit gemeinde: \"06999001\" "
                            + "und ab: (erster Tag der Zuständigkeit) oder schreiben Sie den Kreisschlüssel (5 Ziffern)."),
            c("zustaendig_fuer nennt eine Gemeinde, die es nicht gibt",
                    r -> withFinder(r, "      - gemeinde: \"06999002\"\n        ab: 2026-01-02\n"),
                    J + ", Zeile 13: Eine Gemeinde mit dem Schlüssel 06999002 gibt es in data/gemeinden.csv nicht. "
                            + "Schreiben Sie bei gemeinde: den achtstelligen Gemeindeschlüssel aus der Spalte ags."),
            c("zustaendig_fuer nennt eine Gemeinde zweimal",
                    r -> withFinder(r, "      - gemeinde: \"06999001\"\n        ab: 2026-01-02\n"
                            + "      - gemeinde: \"06999001\"\n        ab: 2027-01-01\n"),
                    J + ", Zeile 15: Die Gemeinde Beispielstadt steht schon bei beispielkreis unter zustaendig_fuer. Jede "
                            + "Gemeinde hat genau ein zuständiges Jobcenter: Löschen Sie einen der beiden Einträge."),
            c("Platzhalter für eine Anzahl, den es nicht gibt",
                    r -> replace(r, K, "~~~~~~\nSo erreichen Sie uns.\n", "~~~~~~\nSo erreichen Sie uns.\n\nEs gibt {{anzahl.jobcentern}} Jobcenter.\n"),
                    K + ", Zeile 9: Den Platzhalter " + Q + "{{anzahl.jobcentern}}" + E + " gibt es nicht. Meinten Sie "
                            + Q + "{{anzahl.jobcenter}}" + E + "? Möglich sind: {{anzahl.gemeinden}}, "
                            + "{{anzahl.gemeinsame_einrichtungen}}, {{anzahl.jobcenter}}, {{anzahl.kommunal}}, "
                            + "{{anzahl.kreisfreie_staedte}}, {{anzahl.landkreise}}."),
            publish("Gültigkeit einer Angabe abgelaufen",
                    r -> replace(r, J, "    quellen:\n", "    gueltig_bis: 2020-06-30\n    quellen:\n"),
                    J + ", Zeile 12: Diese Angabe gilt nur bis 30. Juni 2020 (gueltig_bis), dieser Tag ist vorbei. "
                            + "Aktualisieren Sie die Angabe mit einer neuen Quelle oder entfernen Sie sie."),
            c("YAML: Zeile zu weit eingerückt",
                    r -> replace(r, "data/navigation.yaml", "    url: /kontakt/", "     url: /kontakt/"),
                    "data/navigation.yaml, Zeile 5: Die YAML-Schreibweise ist fehlerhaft (Spalte 9): ein Doppelpunkt "
                            + "steht an einer Stelle, an der kein neuer Schlüssel beginnen kann (meist ist die Zeile zu weit "
                            + "eingerückt oder ein Text mit Doppelpunkt steht ohne Anführungszeichen). Prüfen Sie Einrückung "
                            + "(nur Leerzeichen, je Ebene zwei), Doppelpunkt mit Leerzeichen danach und Anführungszeichen "
                            + "um Texte mit Doppelpunkt."),
            c("YAML: Zeile zu wenig eingerückt",
                    r -> replace(r, "data/navigation.yaml", "    url: /kontakt/", "   url: /kontakt/"),
                    "data/navigation.yaml, Zeile 5: Die YAML-Schreibweise ist fehlerhaft (Spalte 4): die Einrückung passt "
                            + "nicht zur Zeile davor. Prüfen Sie Einrückung (nur Leerzeichen, je Ebene zwei), Doppelpunkt "
                            + "mit Leerzeichen danach und Anführungszeichen um Texte mit Doppelpunkt."),
            c("YAML: Tabulator statt Leerzeichen",
                    r -> replace(r, "data/navigation.yaml", "  - titel: Kontakt", "\t- titel: Kontakt"),
                    "data/navigation.yaml, Zeile 4: Die YAML-Schreibweise ist fehlerhaft (Spalte 1): ein Tabulatorzeichen "
                            + "wurde gefunden (nur Leerzeichen sind erlaubt). Prüfen Sie Einrückung (nur Leerzeichen, je "
                            + "Ebene zwei), Doppelpunkt mit Leerzeichen danach und Anführungszeichen um Texte mit Doppelpunkt."),
            c("YAML: Schlüssel doppelt",
                    r -> replace(r, "data/site.yaml", "kampagne: Test\n", "kampagne: Test\nname: Noch einmal\n"),
                    "data/site.yaml, Zeile 3: Die YAML-Schreibweise ist fehlerhaft (Spalte 1): der Schlüssel "
                            + Q + "name" + E + " kommt doppelt vor. Prüfen Sie Einrückung (nur Leerzeichen, je Ebene zwei), "
                            + "Doppelpunkt mit Leerzeichen danach und Anführungszeichen um Texte mit Doppelpunkt."),
            c("Unbekannter Schlüssel in einer Datendatei",
                    r -> replace(r, J, FixtureSite.KONTAKT_LINE, FixtureSite.KONTAKT_LINE + "    kontakte: null\n"),
                    J + ", Zeile 12: Das Feld \"kontakte\" ist unbekannt. Meinten Sie " + Q + "kontakt" + E + "? Erlaubt sind: \"id\", "
                            + "\"ags\", \"gebiet\", \"art\", \"regierungsbezirk\", \"traegerform\", \"name\", \"seit\", \"sitz\", \"kontakt\", "
                            + "\"stand\", \"gueltig_bis\", \"zustaendig_fuer\", \"hinweise\", \"quellen\"."),
            c("Wert, der nicht erlaubt ist",
                    r -> replace(r, J, "traegerform: kommunal", "traegerform: komunal"),
                    J + ", Zeile 7: Feld \"traegerform\" hat den Wert \"komunal\". Meinten Sie " + Q + "kommunal" + E + "? Erlaubt "
                            + "sind: \"kommunal\", \"gemeinsame Einrichtung\"."),
            c("Pflichtfeld in einer Datendatei fehlt",
                    r -> replace(r, "data/navigation.yaml", "  - titel: Kontakt\n    url: /kontakt/", "  - titel: Kontakt"),
                    "data/navigation.yaml, Zeile 4: Das Pflichtfeld \"url\" fehlt (Eintrag ab Zeile 4). Ergänzen Sie die Zeile "
                            + "\"url: …\". Die Adresse einer Seite dieser Website, beginnt mit /, z. B. url: /kontakt/ (für "
                            + "content/kontakt/index.md)."),
            c("Wert in falscher Schreibweise",
                    r -> replace(r, "data/site.yaml", "info@example.org", "info(at)example.org"),
                    "data/site.yaml, Zeile 8: Feld \"email\" hat den Wert \"info(at)example.org\" in falscher Schreibweise. Eine "
                            + "E-Mail-Adresse wie \"info@beispiel.de\" in Anführungszeichen; \"\", solange sie nicht bestätigt ist."),
            c("Zahl statt Text",
                    r -> replace(r, "data/site.yaml", "name: Testseite", "name: 2026"),
                    "data/site.yaml, Zeile 1: Feld \"name\" hat den Wert \"2026\" (eine Zahl); erwartet wird ein Text. Setzen Sie "
                            + "den Wert in Anführungszeichen: name: \"2026\". Der Name der Website in Anführungszeichen, z. B. "
                            + "name: \"Kommunale Jobcenter in Hessen\"."),
            c("Jobcenter-Kennung doppelt",
                    r -> write(r, J, "jobcenter:\n" + FixtureSite.JOBCENTER_ENTRY
                            + FixtureSite.JOBCENTER_ENTRY.replace("\"06999\"", "\"06998\"") + FixtureSite.JOBCENTER_STAND),
                    J + ", Zeile 15: Feld \"id\" hat den Wert \"beispielkreis\", den schon der Eintrag in Zeile 2 hat. Jede id "
                            + "ist die Adresse einer Seite und darf nur einmal vorkommen. Wählen Sie eine andere id."),
            c("Kontaktangabe ohne Datum der Quelle",
                    r -> kontakt(r, "website", "https://www.example.org/", "        datum: 2025-06\n", ""),
                    J + ", Zeile 14: Die Angabe " + Q + "website" + E + " hat kein Datum der Quelle. Schreiben Sie datum: "
                            + "JJJJ-MM-TT (oder JJJJ-MM, JJJJ) oder, wenn die Quelle kein Datum hat, inhalt_ab: JJJJ und bei "
                            + "hinweis:, woran man das Jahr erkennt (z. B. " + Q + "nennt das Bürgergeld" + E + ")."),
            c("Kontaktangabe aus einer Quelle vor 2022",
                    r -> kontakt(r, "website", "https://www.example.org/", "datum: 2025-06", "datum: 2018-11"),
                    J + ", Zeile 17: Die Angabe " + Q + "website" + E + " hat eine Quelle von 2018. Veröffentlicht werden nur "
                            + "Kontaktangaben aus Quellen von 2022 oder später. Nennen Sie eine neuere Quelle oder entfernen "
                            + "Sie die Angabe."),
            c("Quelle ohne Datum ohne Begründung",
                    r -> kontakt(r, "website", "https://www.example.org/", "datum: 2025-06", "inhalt_ab: 2023"),
                    J + ", Zeile 17: Die Angabe " + Q + "website" + E + " hat eine Quelle ohne Datum. Schreiben Sie bei "
                            + "hinweis:, woran man erkennt, dass sie von 2023 oder später ist (z. B. " + Q + "Seite ohne Datum; "
                            + "sie nennt das Bürgergeld (seit 2023)." + E + ")."),
            c("Kontaktangabe aus einer schwachen Quelle",
                    r -> kontakt(r, "website", "https://www.example.org/", "staerke: mittel", "staerke: schwach"),
                    J + ", Zeile 18: Die Angabe " + Q + "website" + E + " hat bei staerke den Wert " + Q + "schwach" + E
                            + ". Veröffentlicht werden nur Angaben aus starken oder mittleren Quellen: Schreiben Sie "
                            + "staerke: stark oder staerke: mittel, wie in der Recherche, oder entfernen Sie die Angabe."),
            c("Kontaktangabe ohne Quelle",
                    r -> kontakt(r, "website", "https://www.example.org/", "        quelle_url: https://www.example.org/angabe\n", ""),
                    J + ", Zeile 14: Die Angabe " + Q + "website" + E + " hat keine Quelle. Ergänzen Sie quelle: (ein kurzer "
                            + "Titel in eigenen Worten) und quelle_url: (die Adresse der Quelle mit https://). Ohne Quelle "
                            + "wird nichts veröffentlicht."),
            c("Web-Adresse ohne https://",
                    r -> kontakt(r, "website", "www.example.org", "", ""),
                    J + ", Zeile 14: Die Adresse " + Q + "www.example.org" + E + " ist keine vollständige Web-Adresse. "
                            + "Schreiben Sie sie mit https:// am Anfang und ohne Leerzeichen, z. B. wert: "
                            + "https://www.jobcenter-giessen.de/"),
            c("Telefonnummer in falscher Form",
                    r -> kontakt(r, "telefon", "\"06151/12345\"", "", ""),
                    J + ", Zeile 14: Die Telefonnummer " + Q + "06151/12345" + E + " ist nicht in der Form, aus der ein "
                            + "Telefon-Link entsteht. Schreiben Sie Vorwahl, Leerzeichen, Rufnummer und eine Durchwahl mit "
                            + "Bindestrich, in Anführungszeichen, z. B. wert: \"06074 8058-100\" oder wert: \"+49 6074 8058-100\"."),
            c("Öffnungszeiten in falscher Form",
                    r -> kontakt(r, "oeffnungszeiten", "\"Mo-Fr 8-12 Uhr\"", "", ""),
                    J + ", Zeile 14: Die Zeiten " + Q + "Mo-Fr 8-12 Uhr" + E + " sind nicht in der einen lesbaren Form. "
                            + "Schreiben Sie Tage, Leerzeichen, Uhrzeit von–bis, mehrere Zeiten eines Tages mit " + Q + "und" + E
                            + ", verschiedene Tage durch Semikolon getrennt, Striche als Halbgeviertstrich (–), ohne " + Q
                            + "Uhr" + E + ", z. B. \"Mo–Do 8:00–12:00 und 13:00–15:30; Fr 8:00–12:00\"."),
            c("Anschrift in falscher Form",
                    r -> kontakt(r, "adresse", "Beispielstadt", "", ""),
                    J + ", Zeile 14: Die Anschrift " + Q + "Beispielstadt" + E + " ist nicht in der Form " + Q + "Straße "
                            + "Hausnummer, Postleitzahl Ort" + E + ". Schreiben Sie z. B. wert: \"Lewinskistraße 4, 34127 Kassel\" "
                            + "(die Postleitzahl darf fehlen, wenn die Quelle sie nicht nennt; Hausnummern von–bis mit "
                            + "Halbgeviertstrich: 50–50a)."),
            c("Online-Angebot ohne Adresse",
                    r -> kontakt(r, "online", "Online-Terminbuchung", "", ""),
                    J + ", Zeile 14: Die Angabe " + Q + "online" + E + " hat keine url. Schreiben Sie bei url: die Adresse "
                            + "des Online-Angebots mit https://, z. B. url: https://termine.beispiel.de/"),
            c("Navigation zeigt auf eine Seite, die es nicht gibt",
                    r -> replace(r, "data/navigation.yaml", "url: /kontakt/", "url: /kontakte/"),
                    "data/navigation.yaml, Zeile 5: Die Adresse " + Q + "/kontakte/" + E + " führt zu keiner Seite dieser "
                            + "Website. Meinten Sie " + Q + "/kontakt/" + E + "?"),
            c("Weiterleitung auf eine Seite, die es nicht gibt",
                    r -> write(r, R, REDIRECTS.replace("nach: /kontakt/", "nach: /kontakte/")),
                    R + ", Zeile 3: Das Ziel " + Q + "/kontakte/" + E + " führt zu keiner Seite dieser Website. Meinten Sie "
                            + Q + "/kontakt/" + E + "?"),
            c("Weiterleitung: alte Adresse doppelt",
                    r -> write(r, R, REDIRECTS + "  - von: /kontaktformular/\n    nach: /\n"),
                    R + ", Zeile 4: Die alte Adresse " + Q + "/kontaktformular/" + E + " steht schon in Zeile 2. Jede alte "
                            + "Adresse darf nur einmal vorkommen; löschen Sie einen der Einträge."),
            c("Weiterleitung: vollständige Adresse bei von",
                    r -> write(r, R, REDIRECTS.replace("von: /kontaktformular/", "von: https://www.kjc-hessen.de/kontaktformular/")),
                    R + ", Zeile 2: Bei " + Q + "von:" + E + " steht eine vollständige Adresse (" + Q
                            + "https://www.kjc-hessen.de/kontaktformular/" + E + "). Schreiben Sie nur den Pfad ab dem ersten "
                            + "Schrägstrich nach dem Domainnamen, zum Beispiel " + Q + "/alte-seite.html" + E + "."),
            c("Weiterleitung: unbekannte Angabe",
                    r -> write(r, R, REDIRECTS.replace("nach: /kontakt/", "nahc: /kontakt/")),
                    R + ", Zeile 3: Unbekannte Angabe " + Q + "nahc" + E + ". Meinten Sie " + Q + "nach" + E + "? Erlaubt "
                            + "sind: von, nach."),
            publish("Pflichtangabe für das Impressum leer",
                    r -> replace(r, "data/site.yaml", "verantwortlich: \"Vorname Nachname\"", "verantwortlich: \"\""),
                    "data/site.yaml, Zeile 7: Die Pflichtangabe " + Q + "betreiber.verantwortlich" + E + " (Verantwortliche "
                            + "Person nach § 18 Abs. 2 MStV) ist leer. Tragen Sie den bestätigten Wert ein; ohne ihn darf "
                            + "die Website nicht veröffentlicht werden."),
            publish("Pflichtangabe für die Datenschutzerklärung leer",
                    r -> replace(r, "data/site.yaml", "server_log_tage: 7", "server_log_tage: null"),
                    "data/site.yaml, Zeile 15: Die Pflichtangabe " + Q + "datenschutz.server_log_tage" + E + " (Tage, "
                            + "nach denen die Zugriffsprotokolle gelöscht werden) ist leer. Tragen Sie den bestätigten "
                            + "Wert ein; ohne ihn darf die Website nicht veröffentlicht werden."),
            c("Betreiberangaben fehlen",
                    r -> write(r, "data/site.yaml", FixtureSite.SITE_YAML.replaceAll("(?s)betreiber:.*?(?=datenschutz:)", "")),
                    "data/site.yaml, Zeile 1: Das Pflichtfeld \"betreiber\" fehlt. Ergänzen Sie die Zeile \"betreiber: …\". "
                            + "Der Abschnitt mit den Pflichtangaben für das Impressum: betreiber: und darunter, je zwei "
                            + "Leerzeichen eingerückt, herausgeber, anschrift, vertreten_durch, verantwortlich, email und "
                            + "telefon (Vorlage: docs/redaktion.md, Abschnitt " + Q + "Betreiberangaben" + E + ")."),
            c("Datenschutzangaben fehlen",
                    r -> write(r, "data/site.yaml", FixtureSite.SITE_YAML.replaceAll("(?s)datenschutz:.*", "")),
                    "data/site.yaml, Zeile 1: Das Pflichtfeld \"datenschutz\" fehlt. Ergänzen Sie die Zeile \"datenschutz: …\". "
                            + "Der Abschnitt mit den Angaben für die Datenschutzerklärung: datenschutz: und darunter, je "
                            + "zwei Leerzeichen eingerückt, verantwortlicher, datenschutzbeauftragter, hosting_anbieter, "
                            + "hosting_standort und server_log_tage (Vorlage: docs/redaktion.md, Abschnitt " + Q
                            + "Datenschutzangaben" + E + ")."),
            c("Unbekanntes Original einer Übersetzung",
                    r -> write(r, EN, UEBERSETZUNG.replace("DATUM", "2018-11-26")
                            .replace("original=kontakt/index.md", "original=kontak/index.md")),
                    EN + ", Zeile 6: Das Original " + Q + "kontak/index.md" + E + " gibt es nicht. Schreiben Sie den Pfad "
                            + "der deutschen Seite unter content/, zum Beispiel original=jobcenter-finden/index.md."),
            c("Text fehlt in einer Sprache",
                    r -> {
                        write(r, "data/sprachen/de.yaml", SPRACHE_DE);
                        write(r, "data/sprachen/en.yaml", SPRACHE_DE.replace("Deutsch", "English").replace("de_DE", "en_GB")
                                .replace("start: /", "start: /en/").replace("reihenfolge: 1", "reihenfolge: 2")
                                .replace("  zum_inhalt: Zum Inhalt springen\n", "").replace("Menü", "Menu")
                                .replace("Ihr Wohnort", "Your town"));
                    },
                    "data/sprachen/en.yaml, Zeile 7: Der Text " + Q + "texte.zum_inhalt" + E + " fehlt in dieser Sprache "
                            + "(data/sprachen/de.yaml, Zeile 8 hat ihn). Ergänzen Sie unter texte: die Zeile "
                            + Q + "zum_inhalt: …" + E + " mit dem Text in dieser Sprache."),
            c("Datendatei fehlt",
                    r -> delete(r, "data/site.yaml"),
                    "data/site.yaml: Die Datei fehlt; die Website braucht sie (ihr Schema ist data/schemas/site.schema.json). "
                            + "Stellen Sie sie aus der Versionsverwaltung wieder her: git checkout -- data/site.yaml")
    );

    private ValidationCatalogue() {
    }
}
