package de.kjchessen.build.validate;

import de.kjchessen.build.SiteMode;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static de.kjchessen.build.FixtureSite.replace;
import static de.kjchessen.build.FixtureSite.write;
import static de.kjchessen.build.validate.ValidationCatalogue.K;
import static de.kjchessen.build.validate.ValidationCatalogue.P;

/**
 * The accessibility mistakes of {@link AccessibilityChecker}, each as one break of {@link FixtureSite} and its one
 * message: {@link #ERRORS} stop the build like the cases of {@link ValidationCatalogue}, {@link #NOTES} are advice
 * in every mode. docs/redaktion.md quotes every message (AccessibilityCatalogueTest).
 */
final class AccessibilityCatalogue {

    static final String LS = "content/leichte-sprache/index.md";
    static final String N = "data/navigation.yaml";
    static final String J = "data/jobcenter.yaml";
    static final String KONTAKT_TEXT = "So erreichen Sie uns.\n\n";

    private AccessibilityCatalogue() {
    }

    private static ValidationCatalogue.Case c(String kind, Consumer<Path> breakIt, String message) {
        return new ValidationCatalogue.Case(kind, SiteMode.PREVIEW, breakIt, message);
    }

    /** A page in Leichte Sprache with one paragraph. */
    private static void leichteSprache(Path root, String paragraph) {
        write(root, LS, "title=Leichte Sprache\ndescription=Infos in Leichter Sprache.\ndate=2018-11-26\ntype=page\n"
                + "status=published\n~~~~~~\n" + paragraph + "\n");
    }

    static final List<ValidationCatalogue.Case> ERRORS = List.of(
            c("Überschrift der Ebene 1 im Text",
                    r -> replace(r, K, KONTAKT_TEXT, "# Kontakt\n\n" + KONTAKT_TEXT),
                    "content/kontakt/index.md, Zeile 7: Die Überschrift \u201EKontakt\u201C hat die Ebene 1 (#). Die "
                            + "Überschrift der Ebene 1 ist der Titel der Seite (title=\u2026) und steht nur einmal auf der Seite. "
                            + "Schreiben Sie: ## Kontakt"),
            c("Überschrift überspringt eine Ebene",
                    r -> replace(r, K, KONTAKT_TEXT, "## Telefon\n\n#### Sprechzeiten\n\n" + KONTAKT_TEXT),
                    "content/kontakt/index.md, Zeile 9: Die Überschrift \u201ESprechzeiten\u201C hat die Ebene 4, die "
                            + "Überschrift davor die Ebene 2: Ebene 3 fehlt dazwischen. Wer mit Vorlesesoftware von Überschrift zu "
                            + "Überschrift springt, vermisst sonst einen Abschnitt. Schreiben Sie: ### Sprechzeiten"),
            c("Leere Überschrift",
                    r -> replace(r, K, KONTAKT_TEXT, "##\n\n" + KONTAKT_TEXT),
                    "content/kontakt/index.md, Zeile 7: Die Überschrift ist leer. Schreiben Sie nach den #-Zeichen den "
                            + "Text der Überschrift oder entfernen Sie die Zeile."),
            c("Link ohne Text",
                    r -> replace(r, P, "[Kontakt](/kontakt/)", "[](/kontakt/)"),
                    "content/aktuelles/2018/2018-11-26-kampagnenstart.md, Zeile 9: Der Link zu \u201E/kontakt/\u201C hat "
                            + "keinen Text: Vorlesesoftware liest dann nichts oder nur die Adresse vor. Schreiben Sie in die "
                            + "eckigen Klammern, wohin er führt, z. B. [Anschrift und Öffnungszeiten](/kontakt/)"),
            c("Linktext, der nichts sagt (hier, mehr, PDF …)",
                    r -> replace(r, P, "[Kontakt](/kontakt/)", "[hier](/kontakt/)"),
                    "content/aktuelles/2018/2018-11-26-kampagnenstart.md, Zeile 9: Der Linktext \u201Ehier\u201C sagt "
                            + "allein nicht, wohin der Link führt (Vorlesesoftware liest Links auch als Liste vor). Beschreiben "
                            + "Sie das Ziel, z. B. [Anschrift und Öffnungszeiten](/kontakt/)"),
            c("Gleicher Linktext für verschiedene Ziele",
                    r -> replace(r, P, "[Kontakt](/kontakt/).", "[Kontakt](/kontakt/).\n\nZurück zum [Kontakt](/)."),
                    "content/aktuelles/2018/2018-11-26-kampagnenstart.md, Zeile 11: Der Linktext \u201EKontakt\u201C "
                            + "führt hier zu \u201E/\u201C, in Zeile 9 aber zu \u201E/kontakt/\u201C. Vorlesesoftware listet Links "
                            + "nach ihrem Text: Gleiche Texte für verschiedene Ziele sind nicht zu unterscheiden. Geben Sie jedem "
                            + "Link einen eigenen Text, der sein Ziel beschreibt."),
            c("Alternativtext ist der Dateiname",
                    r -> replace(r, K, "![Zwei Menschen im Beratungsgespräch]", "![beratung.jpg]"),
                    "content/kontakt/index.md, Zeile 9: Der Alternativtext des Bildes \u201E/bilder/beratung.jpg\u201C "
                            + "ist sein Dateiname. Beschreiben Sie in den eckigen Klammern, was auf dem Bild zu sehen ist, z. B. "
                            + "![Drei Beschäftigte im Beratungsgespräch](/bilder/beratung.jpg)"),
            c("Alternativtext nur „Bild“ oder „Foto“",
                    r -> replace(r, K, "![Zwei Menschen im Beratungsgespräch]", "![Foto]"),
                    "content/kontakt/index.md, Zeile 9: Der Alternativtext \u201EFoto\u201C sagt nicht, was auf dem Bild "
                            + "\u201E/bilder/beratung.jpg\u201C zu sehen ist. Beschreiben Sie es, z. B. ![Drei Beschäftigte im "
                            + "Beratungsgespräch](/bilder/beratung.jpg). Ein Bild, das nur schmückt, markieren Sie so: "
                            + "![](/bilder/beratung.jpg \"dekorativ\")"),
            c("Tabelle ohne Kopfzeile",
                    r -> replace(r, K, KONTAKT_TEXT, KONTAKT_TEXT
                            + "| | |\n|---|---|\n| Montag | 8 bis 12 Uhr |\n| Dienstag | 8 bis 12 Uhr |\n\n"),
                    "content/kontakt/index.md, Zeile 9: Die Tabelle hat keine Kopfzeile. Vorlesesoftware kann die Werte "
                            + "sonst keiner Spalte zuordnen. Schreiben Sie in die erste Zeile die Spaltenüberschriften (| "
                            + "Jobcenter | Telefon |) und darunter die Trennzeile (|---|---|)."),
            c("Überschrift in HTML",
                    r -> replace(r, K, KONTAKT_TEXT, "<h2>Telefon</h2>\n\n" + KONTAKT_TEXT),
                    "content/kontakt/index.md, Zeile 7: Die Überschrift <h2> ist in HTML geschrieben; so prüft niemand, "
                            + "ob ihre Ebene passt. Schreiben Sie Überschriften in Markdown: ## Telefon"),
            c("Seitenbereich in HTML (nav, main, header …)",
                    r -> replace(r, K, KONTAKT_TEXT, "<nav>\n\n[Startseite](/)\n\n</nav>\n\n" + KONTAKT_TEXT),
                    "content/kontakt/index.md, Zeile 7: Das HTML <nav> legt einen Seitenbereich an (Kopf, Navigation, "
                            + "Hauptinhalt, Fuß und Formulare kommen nur aus der Vorlage, jeder einmal). Entfernen Sie <nav> und "
                            + "schreiben Sie den Inhalt als Markdown."),
            c("HTML-Attribut tabindex",
                    r -> replace(r, K, KONTAKT_TEXT, "So <span tabindex=\"0\">erreichen</span> Sie uns.\n\n"),
                    "content/kontakt/index.md, Zeile 7: Das HTML-Attribut tabindex im Element <span> ändert, was die "
                            + "Tabulatortaste erreicht und in welcher Reihenfolge. Entfernen Sie tabindex=\u2026: Links und "
                            + "Schaltflächen sind von selbst mit der Tastatur erreichbar."),
            c("aria-hidden auf einem Link",
                    r -> replace(r, K, KONTAKT_TEXT, "So erreichen Sie <a href=\"/\" aria-hidden=\"true\">uns</a>.\n\n"),
                    "content/kontakt/index.md, Zeile 7: Das Element <a> mit aria-hidden=\"true\" ist oder enthält einen "
                            + "Link oder ein Bedienelement: mit der Tastatur erreichbar, für Vorlesesoftware aber unsichtbar. "
                            + "Entfernen Sie aria-hidden=\"true\"."),
            c("Linktext in einer Datendatei, der nichts sagt",
                    r -> replace(r, N, "titel: Kontakt", "titel: mehr"),
                    "data/navigation.yaml, Zeile 4: Der Linktext \u201Emehr\u201C sagt allein nicht, wohin der Link "
                            + "führt (Vorlesesoftware liest Links auch als Liste vor). Beschreiben Sie das Ziel, z. B. titel: "
                            + "Anschrift und Öffnungszeiten"),
            c("Gleicher Linktext in einer Datendatei für verschiedene Ziele",
                    r -> replace(r, N, "titel: Kontakt", "titel: Startseite"),
                    "data/navigation.yaml, Zeile 4: Der Linktext \u201EStartseite\u201C führt hier zu "
                            + "\u201E/kontakt/\u201C, in Zeile 2 aber zu \u201E/\u201C. Vorlesesoftware listet Links nach ihrem "
                            + "Text: Gleiche Texte für verschiedene Ziele sind nicht zu unterscheiden. Geben Sie jedem Link einen "
                            + "eigenen Text, der sein Ziel beschreibt."));

    static final List<ValidationCatalogue.Case> NOTES = List.of(
            c("Adresse als Linktext",
                    r -> replace(r, P, "Mehr dazu auf der Seite [Kontakt](/kontakt/).",
                            "Mehr dazu auf der Seite [Kontakt](/kontakt/) und unter https://www.example.org/kampagne/start"),
                    "content/aktuelles/2018/2018-11-26-kampagnenstart.md, Zeile 9: Der Linktext ist die Adresse "
                            + "\u201Ehttps://www.example.org/kampagne/start\u201C: Vorlesesoftware liest sie Zeichen für Zeichen "
                            + "vor. Beschreiben Sie das Ziel in Worten, z. B. [Name der Seite oder des "
                            + "Angebots](https://www.example.org/kampagne/start)"),
            c("Adresse als Linktext in einer Datendatei",
                    r -> replace(r, J, "titel: \"Beispielquelle des Tests\"", "titel: \"https://www.example.org/quelle\""),
                    "data/jobcenter.yaml, Zeile 13: Der Linktext ist die Adresse "
                            + "\u201Ehttps://www.example.org/quelle\u201C: Vorlesesoftware liest sie Zeichen für Zeichen vor. "
                            + "Beschreiben Sie das Ziel in Worten, z. B. titel: Name der Seite oder des Angebots"),
            c("Tabelle mit nur einer Spalte oder Zeile",
                    r -> replace(r, K, KONTAKT_TEXT, KONTAKT_TEXT + "| Sprechzeiten |\n|---|\n| Montag |\n| Dienstag |\n\n"),
                    "content/kontakt/index.md, Zeile 9: Die Tabelle hat nur eine Spalte und ordnet damit keine Werte zu. "
                            + "Tabellen sind für Werte in Zeilen und Spalten; für Aufzählungen schreiben Sie eine Liste (- am "
                            + "Zeilenanfang), für Gestaltung gar keine Tabelle."),
            c("Leichte Sprache: langer Satz",
                    r -> leichteSprache(r, "Wenn Sie Fragen zu Ihrem Geld haben, dann können Sie jeden Tag im Job-Center "
                            + "in Ihrer Stadt anrufen oder vorbei-kommen."),
                    "content/leichte-sprache/index.md, Zeile 7: Der Satz \u201EWenn Sie Fragen zu Ihrem Geld "
                            + "\u2026\u201C hat 20 Wörter. In Leichter Sprache hat ein Satz höchstens 15 Wörter. Teilen Sie ihn in "
                            + "kürzere Sätze."),
            c("Leichte Sprache: langes Wort ohne Bindestrich",
                    r -> leichteSprache(r, "Das Job-Center zahlt Grundsicherungsgeld."),
                    "content/leichte-sprache/index.md, Zeile 7: Das Wort \u201EGrundsicherungsgeld\u201C ist lang und "
                            + "schwer zu lesen. In Leichter Sprache trennen Sie zusammengesetzte Wörter mit Bindestrich oder "
                            + "Mediopunkt, z. B. Arbeits-Vermittlung oder Arbeits\u00B7vermittlung."),
            c("Leichte Sprache: Abkürzung",
                    r -> leichteSprache(r, "Das Job-Center hilft z. B. bei der Suche nach Arbeit."),
                    "content/leichte-sprache/index.md, Zeile 7: \u201Ez. B.\u201C ist eine Abkürzung. In Leichter "
                            + "Sprache schreiben Sie Wörter aus: zum Beispiel."));
}
