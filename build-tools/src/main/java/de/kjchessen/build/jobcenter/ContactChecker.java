package de.kjchessen.build.jobcenter;

import de.kjchessen.build.BuildClock;
import de.kjchessen.build.Problem;
import de.kjchessen.build.data.YamlFile;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contact values of data/jobcenter.yaml (kontakt: and jobcenter_digital:) beyond their schema: every value has a
 * source and its date, meets the rule of the research (strong or medium, 2022 or later), and is written so that the
 * page can show it and link it: phone numbers in German form with a working tel: link, full web addresses, opening
 * hours in one readable form, addresses as "Straße Nr, PLZ Ort". Messages in German with file, line and fix.
 */
public final class ContactChecker {

    static final String FILE = JobCentre.FILE;
    static final Pattern URL = Pattern.compile("https?://[^/\\s]+\\.[a-z]{2,}(/\\S*)?");
    static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final String TAG = "(Mo|Di|Mi|Do|Fr|Sa|So)";
    private static final String DAYS = TAG + "(–" + TAG + ")?(, " + TAG + "(–" + TAG + ")?)*";
    private static final String TIME = "(1?[0-9]|2[0-3]):[0-5][0-9]";
    private static final String RANGE = TIME + "–" + TIME;
    /** "Mo–Do 8:00–12:00 und 13:00–15:30; Fr 8:00–12:00" */
    static final Pattern TIMES = Pattern.compile(DAYS + " " + RANGE + "( und " + RANGE + ")*(; " + DAYS + " " + RANGE
            + "( und " + RANGE + ")*)*");
    private static final Pattern CLOCK_TIME = Pattern.compile("(1?[0-9]|2[0-3]):([0-5][0-9])–(1?[0-9]|2[0-3]):([0-5][0-9])");
    /** Street and number (a range with –), optional further parts (Gebäude …), then the place with optional PLZ. */
    static final Pattern ADDRESS = Pattern.compile("\\S.* [0-9]+[a-z]?(–[0-9]+[a-z]?)?(, [^,]+)*, ([0-9]{5} )?\\p{Lu}[^,]*");

    private ContactChecker() {
    }

    public static void check(YamlFile yaml, List<Problem> out) {
        YamlFile.get(yaml.root(), "jobcenter_digital").ifPresent(n -> value("jobcenter_digital", n, out));
        for (Node entry : YamlFile.items(YamlFile.get(yaml.root(), "jobcenter").orElse(null))) {
            Node kontakt = YamlFile.get(entry, "kontakt").orElse(null);
            if (!(kontakt instanceof MappingNode)) {
                continue; // the schema reports a missing kontakt:
            }
            for (String feld : Contact.FIELDS) {
                YamlFile.get(kontakt, feld).ifPresent(n -> value(feld, n, out));
            }
            for (Node item : YamlFile.items(YamlFile.get(kontakt, "standorte").orElse(null))) {
                value("standorte", item, out);
            }
        }
    }

    private static void value(String feld, Node n, List<Problem> out) {
        if (!(n instanceof MappingNode)) {
            return; // the schema reports a value that is not a mapping
        }
        Contact.SourcedValue a = Contact.sourcedValue(feld, n).orElseThrow();
        int line = a.line();
        String was = "Die Angabe " + "\u201E" + feld + "\u201C";
        if (a.wert() == null) {
            out.add(Problem.error(FILE, line, was + " hat keinen wert. Schreiben Sie den Wert bei wert: oder entfernen Sie "
                    + "die Angabe."));
            return;
        }
        if (a.quelle() == null || a.quelleUrl() == null) {
            out.add(Problem.error(FILE, line, was + " hat keine Quelle. Ergänzen Sie quelle: (ein kurzer Titel in eigenen "
                    + "Worten) und quelle_url: (die Adresse der Quelle mit https://). Ohne Quelle wird nichts veröffentlicht."));
        } else if (!URL.matcher(a.quelleUrl()).matches()) {
            out.add(url(n, "quelle_url", a.quelleUrl()));
        }
        date(was, a, n, out);
        if (a.staerke() == null || !(a.staerke().equals("stark") || a.staerke().equals("mittel"))) {
            out.add(Problem.error(FILE, lineOf(n, "staerke", line), was + " hat bei staerke "
                    + (a.staerke() == null ? "keinen Wert" : "den Wert \u201E" + a.staerke() + "\u201C")
                    + ". Veröffentlicht werden nur Angaben aus starken oder mittleren Quellen: Schreiben Sie staerke: stark "
                    + "oder staerke: mittel, wie in der Recherche, oder entfernen Sie die Angabe."));
        }
        switch (feld) {
            case "website", "jobcenter_digital" -> {
                if (!URL.matcher(a.wert()).matches()) {
                    out.add(url(n, "wert", a.wert()));
                }
            }
            case "online" -> {
                if (a.url() == null) {
                    out.add(Problem.error(FILE, line, was + " hat keine url. Schreiben Sie bei url: die Adresse des "
                            + "Online-Angebots mit https://, z. B. url: https://termine.beispiel.de/"));
                } else if (!URL.matcher(a.url()).matches()) {
                    out.add(url(n, "url", a.url()));
                }
            }
            case "telefon" -> {
                if (!PhoneNumber.valid(a.wert())) {
                    out.add(Problem.error(FILE, lineOf(n, "wert", line), "Die Telefonnummer \u201E" + a.wert() + "\u201C "
                            + "ist nicht in der Form, aus der ein Telefon-Link entsteht. Schreiben Sie Vorwahl, Leerzeichen, "
                            + "Rufnummer und eine Durchwahl mit Bindestrich, in Anführungszeichen, z. B. wert: \"06074 8058-100\" "
                            + "oder wert: \"+49 6074 8058-100\"."));
                }
                if (a.zeiten() != null) {
                    hours(n, "zeiten", a.zeiten(), out);
                }
            }
            case "oeffnungszeiten" -> hours(n, "wert", a.wert(), out);
            case "adresse", "standorte" -> {
                if (!ADDRESS.matcher(a.wert()).matches()) {
                    out.add(Problem.error(FILE, lineOf(n, "wert", line), "Die Anschrift \u201E" + a.wert() + "\u201C ist "
                            + "nicht in der Form \u201EStraße Hausnummer, Postleitzahl Ort\u201C. Schreiben Sie z. B. wert: "
                            + "\"Lewinskistraße 4, 34127 Kassel\" (die Postleitzahl darf fehlen, wenn die Quelle sie nicht "
                            + "nennt; Hausnummern von–bis mit Halbgeviertstrich: 50–50a)."));
                }
            }
            default -> {
            }
        }
    }

    /** datum (2022 or later) or, for an undated source, inhalt_ab with the reason in hinweis. */
    private static void date(String was, Contact.SourcedValue a, Node n, List<Problem> out) {
        if (a.datum() == null && YamlFile.get(n, "inhalt_ab").isEmpty()) {
            out.add(Problem.error(FILE, a.line(), was + " hat kein Datum der Quelle. Schreiben Sie datum: JJJJ-MM-TT "
                    + "(oder JJJJ-MM, JJJJ) oder, wenn die Quelle kein Datum hat, inhalt_ab: JJJJ und bei hinweis:, woran "
                    + "man das Jahr erkennt (z. B. \u201Enennt das Bürgergeld\u201C)."));
            return;
        }
        if (a.datum() != null) {
            int line = lineOf(n, "datum", a.line());
            if (!DATE.matcher(a.datum()).matches() || a.dateText().isEmpty()) {
                out.add(Problem.error(FILE, line, "Das Datum \u201E" + a.datum() + "\u201C ist nicht in der Form "
                        + "JJJJ-MM-TT, JJJJ-MM oder JJJJ. Schreiben Sie z. B. datum: 2025-06-02, datum: 2025-06 oder datum: 2025."));
                return;
            }
            if (a.year() < Contact.FIRST_YEAR) {
                out.add(Problem.error(FILE, line, was + " hat eine Quelle von " + a.year() + ". Veröffentlicht werden nur "
                        + "Kontaktangaben aus Quellen von " + Contact.FIRST_YEAR + " oder später. Nennen Sie eine neuere "
                        + "Quelle oder entfernen Sie die Angabe."));
            }
            if (isAfterToday(a.datum())) {
                out.add(Problem.error(FILE, line, "Das Datum \u201E" + a.datum() + "\u201C liegt in der Zukunft. Schreiben "
                        + "Sie das Datum der Quelle."));
            }
            return;
        }
        int line = lineOf(n, "inhalt_ab", a.line());
        if (a.inhaltAb() == null) {
            out.add(Problem.error(FILE, line, "Bei inhalt_ab steht ein Jahr mit vier Ziffern, z. B. inhalt_ab: 2023."));
        } else if (a.inhaltAb() < Contact.FIRST_YEAR) {
            out.add(Problem.error(FILE, line, was + " hat eine Quelle ohne Datum, deren Inhalt nur auf " + a.inhaltAb()
                    + " oder später weist. Veröffentlicht werden nur Kontaktangaben aus Quellen von " + Contact.FIRST_YEAR
                    + " oder später. Nennen Sie eine neuere Quelle oder entfernen Sie die Angabe."));
        }
        if (a.hinweis() == null) {
            out.add(Problem.error(FILE, line, was + " hat eine Quelle ohne Datum. Schreiben Sie bei hinweis:, woran man "
                    + "erkennt, dass sie von " + (a.inhaltAb() == null ? "diesem Jahr" : a.inhaltAb()) + " oder später ist "
                    + "(z. B. \u201ESeite ohne Datum; sie nennt das Bürgergeld (seit 2023).\u201C)."));
        }
    }

    private static boolean isAfterToday(String datum) {
        try {
            LocalDate first = switch (datum.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(datum), 1, 1);
                case 7 -> LocalDate.parse(datum + "-01");
                default -> LocalDate.parse(datum);
            };
            return first.isAfter(BuildClock.today());
        } catch (DateTimeParseException | NumberFormatException e) {
            return false;
        }
    }

    private static void hours(Node n, String key, String value, List<Problem> out) {
        boolean ok = TIMES.matcher(value).matches();
        if (ok) {
            Matcher m = CLOCK_TIME.matcher(value);
            while (m.find()) {
                int from = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
                int to = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
                ok &= from < to;
            }
        }
        if (!ok) {
            out.add(Problem.error(FILE, lineOf(n, key, YamlFile.line(n)), "Die Zeiten \u201E" + value + "\u201C sind nicht "
                    + "in der einen lesbaren Form. Schreiben Sie Tage, Leerzeichen, Uhrzeit von–bis, mehrere Zeiten eines "
                    + "Tages mit \u201Eund\u201C, verschiedene Tage durch Semikolon getrennt, Striche als Halbgeviertstrich (–), "
                    + "ohne \u201EUhr\u201C, z. B. \"Mo–Do 8:00–12:00 und 13:00–15:30; Fr 8:00–12:00\"."));
        }
    }

    private static Problem url(Node n, String key, String value) {
        return Problem.error(FILE, lineOf(n, key, YamlFile.line(n)), "Die Adresse \u201E" + value + "\u201C ist keine "
                + "vollständige Web-Adresse. Schreiben Sie sie mit https:// am Anfang und ohne Leerzeichen, z. B. "
                + key + ": https://www.jobcenter-giessen.de/");
    }

    private static int lineOf(Node n, String key, int fallback) {
        return YamlFile.get(n, key).map(YamlFile::line).orElse(fallback);
    }
}
