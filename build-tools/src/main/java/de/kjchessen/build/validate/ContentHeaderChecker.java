package de.kjchessen.build.validate;

import de.kjchessen.build.Problem;
import de.kjchessen.build.Suggest;
import de.kjchessen.build.content.Embargo;
import de.kjchessen.build.content.FactDates;
import de.kjchessen.build.content.Header;
import de.kjchessen.build.languages.LanguageVersions;
import de.kjchessen.build.pictures.PostPicture;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the JBake header of one Markdown file: every case in which JBake would silently drop the page,
 * render it as a draft or mis-date it becomes a German message with file and line.
 */
public final class ContentHeaderChecker {

    public static final String SEPARATOR = "~~~~~~";
    /** How the templates in docs/vorlagen/ mark a date the editor has to fill in. */
    public static final String DATE_PLACEHOLDER = "JJJJ-MM-TT";
    /** How the templates in docs/vorlagen/ mark text the editor has to replace. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\[BITTE ERSETZEN:[^\\]]*\\]");
    public static final Set<String> TYPES = Set.of("page", "post", "termin", "home", "sitemap",
            "pressemitteilungen", "archiv", "termine", "suche");
    public static final Set<String> STATUSES = Set.of("published", "draft");
    /** Every header key a page may use; anything else is a typo. */
    public static final Set<String> KEYS = Set.of(
            "title", "date", "type", "status", "description", "tags", "summary",
            BausteinChecker.KEY, "start", "end", "location", "link", "image", "image_alt",
            Embargo.KEY, PostPicture.CREDIT, PostPicture.LICENCE,
            FactDates.STAND, FactDates.GUELTIG_BIS, LanguageVersions.ORIGINAL);
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern GERMAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*)\\s*=(.*)");
    /** "title: Über uns" – the YAML habit inside a JBake header. */
    private static final Pattern COLON_LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*)\\s*:(.*)");

    private ContentHeaderChecker() {
    }

    /** Parses the header, adding problems to {@code out}; returns null when there is no usable header. */
    public static Header check(String file, String text, List<Problem> out) {
        String[] lines = text.split("\r?\n", -1);
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            out.add(Problem.error(file, 1, "Der Kopf ist im YAML-Format (---) geschrieben. Erwartet wird das Format "
                    + "\u201Eschlüssel=wert\u201C, eine Angabe pro Zeile, abgeschlossen mit einer Zeile " + SEPARATOR
                    + ". Schreiben Sie zum Beispiel: title=Über uns"));
            return null;
        }
        int separatorLine = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(SEPARATOR)) {
                separatorLine = i;
                break;
            }
        }
        if (separatorLine < 0) {
            boolean looksLikeHeader = lines.length > 0 && HEADER_LINE.matcher(lines[0]).matches();
            out.add(Problem.error(file, looksLikeHeader ? 1 : 0, looksLikeHeader
                    ? "Der Kopf wird nicht mit einer Zeile " + SEPARATOR + " abgeschlossen. Fügen Sie nach der letzten "
                      + "Kopfzeile (z. B. status=published) eine Zeile mit genau " + SEPARATOR + " ein."
                    : "Die Datei hat keinen Kopf. Beginnen Sie die Datei mit den Zeilen title=…, date=JJJJ-MM-TT, "
                      + "type=page, status=published und einer Zeile " + SEPARATOR + " (Vorlagen: docs/vorlagen/)."));
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (int i = 0; i < separatorLine; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher m = HEADER_LINE.matcher(line);
            if (!m.matches()) {
                Matcher colon = COLON_LINE.matcher(line.strip());
                out.add(Problem.error(file, i + 1, "Die Kopfzeile \u201E" + line.strip() + "\u201C hat nicht die Form "
                        + "schlüssel=wert. " + (colon.matches()
                        ? "Schreiben Sie: " + colon.group(1) + "=" + colon.group(2).strip()
                        : "Schreiben Sie zum Beispiel: title=Über uns")));
                if (colon.matches() && KEYS.contains(colon.group(1))) {
                    // The value is clear: take it, so the editor is not also told that it is missing.
                    values.put(colon.group(1), colon.group(2).strip());
                    lineOf.put(colon.group(1), i + 1);
                }
                continue;
            }
            String key = m.group(1);
            if (!KEYS.contains(key)) {
                String hint = Suggest.hint(key, KEYS);
                out.add(Problem.error(file, i + 1, "Die Angabe \u201E" + key + "\u201C ist unbekannt." + (hint.isEmpty()
                        ? " Erlaubt sind: " + String.join(", ", KEYS.stream().sorted().toList()) + "."
                        : hint + " Korrigieren Sie den Namen vor dem Gleichheitszeichen.")));
                continue;
            }
            values.put(key, m.group(2).strip());
            lineOf.put(key, i + 1);
        }
        for (int i = 0; i < lines.length; i++) {
            Matcher placeholder = PLACEHOLDER.matcher(lines[i]);
            if (placeholder.find()) {
                out.add(Problem.error(file, i + 1, "Hier steht noch ein Platzhalter aus der Vorlage: \u201E"
                        + placeholder.group() + "\u201C. Ersetzen Sie ihn (mit den eckigen Klammern) durch Ihren Text."));
            }
        }
        Header header = new Header(values, lineOf, separatorLine + 2);
        checkRequired(file, header, out);
        return header;
    }

    private static void checkRequired(String file, Header h, List<Problem> out) {
        String type = h.get("type");
        if (type == null || type.isEmpty()) {
            out.add(Problem.error(file, 1, "Die Angabe type fehlt. Ergänzen Sie im Kopf eine Zeile type=page "
                    + "(Seite), type=post (Pressemitteilung) oder type=termin (Termin)."));
        } else if (!TYPES.contains(type)) {
            out.add(Problem.error(file, h.lines().get("type"), "Der Typ \u201E" + type + "\u201C ist unbekannt."
                    + Suggest.hint(type, TYPES) + " Erlaubt sind: page, post, termin."));
        }
        if ("termin".equals(type)) {
            EventHeaderChecker.check(file, h, out);
        }
        EmbargoChecker.check(file, h, out);
        String status = h.get("status");
        if (status == null || status.isEmpty()) {
            out.add(Problem.error(file, 1, "Die Angabe status fehlt. Ergänzen Sie im Kopf eine Zeile "
                    + "status=published (veröffentlichen) oder status=draft (Entwurf)."));
        } else if (!STATUSES.contains(status)) {
            out.add(Problem.error(file, h.lines().get("status"), "Der Status \u201E" + status + "\u201C ist unbekannt."
                    + Suggest.hint(status, STATUSES) + " Erlaubt sind: published, draft."));
        } else if (status.equals("draft")) {
            out.add(Problem.publishOnly(file, h.lines().get("status"), "Die Seite ist ein Entwurf (status=draft) und "
                    + "würde nicht veröffentlicht. Schreiben Sie status=published oder nehmen Sie die Datei heraus."));
        }
        String title = h.get("title");
        if (title == null || title.isEmpty()) {
            out.add(Problem.error(file, 1, "Der Titel fehlt. Ergänzen Sie im Kopf eine Zeile title=… mit der "
                    + "Überschrift der Seite."));
        }
        String description = h.get("description");
        if (description == null || description.isEmpty()) {
            out.add(Problem.error(file, 1, "Die Kurzbeschreibung fehlt. Ergänzen Sie im Kopf eine Zeile "
                    + "description=… mit einem Satz über den Inhalt (erscheint in Suchmaschinen)."));
        }
        String date = h.get("date");
        if (date == null || date.isEmpty()) {
            out.add(Problem.error(file, 1, "Das Datum fehlt. Ergänzen Sie im Kopf eine Zeile date=JJJJ-MM-TT mit dem "
                    + "Tag der Veröffentlichung, zum Beispiel date=2018-11-26."));
        } else {
            checkDate(file, h.lines().get("date"), "date", date, out);
        }
        for (String key : List.of(FactDates.STAND, FactDates.GUELTIG_BIS)) {
            if (h.get(key) != null) {
                checkDate(file, h.lines().get(key), key, h.get(key), out);
            }
        }
    }

    /** Reports {@code key=JJJJ-MM-TT} left over from a template in docs/vorlagen/; true if it was one. */
    static boolean isDatePlaceholder(String file, int line, String key, String value, List<Problem> out) {
        if (!value.strip().equals(DATE_PLACEHOLDER)) {
            return false;
        }
        out.add(Problem.error(file, line, "Bei " + key + "= steht noch der Platzhalter " + DATE_PLACEHOLDER + " aus "
                + "der Vorlage. Schreiben Sie das Datum in dieser Form, zum Beispiel: " + key + "=2018-11-26"));
        return true;
    }

    /** Checks a yyyy-MM-dd value strictly (2024-02-30 is rejected), with a conversion hint for German dates. */
    public static void checkDate(String file, int line, String key, String value, List<Problem> out) {
        if (isDatePlaceholder(file, line, key, value, out)) {
            return;
        }
        try {
            LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeParseException e) {
            Matcher g = GERMAN_DATE.matcher(value);
            if (g.matches()) {
                String iso = String.format("%s-%02d-%02d", g.group(3), Integer.parseInt(g.group(2)), Integer.parseInt(g.group(1)));
                out.add(Problem.error(file, line, "Das Datum \u201E" + value + "\u201C hat nicht die Form JJJJ-MM-TT. "
                        + "Schreiben Sie: " + key + "=" + iso));
            } else if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                out.add(Problem.error(file, line, "Das Datum \u201E" + value + "\u201C gibt es nicht. Prüfen Sie Tag "
                        + "und Monat."));
            } else {
                out.add(Problem.error(file, line, "Das Datum \u201E" + value + "\u201C hat nicht die Form JJJJ-MM-TT. "
                        + "Schreiben Sie zum Beispiel: " + key + "=2018-11-26"));
            }
        }
    }
}
