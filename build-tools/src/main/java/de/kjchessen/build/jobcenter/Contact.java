package de.kjchessen.build.jobcenter;

import de.kjchessen.build.data.YamlFile;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to reach a Jobcenter (kontakt: in data/jobcenter.yaml): only values that meet the rule of the research
 * (strong or medium source of 2022 or later), each with its source and the source's date. A missing value means
 * "nicht bestätigt"; nothing is filled in.
 *
 * @param stand the day the values were checked against the research
 */
public record Contact(LocalDate stand, SourcedValue website, SourcedValue online, SourcedValue telefon, SourcedValue oeffnungszeiten,
                      SourcedValue adresse, List<SourcedValue> standorte) {

    /** The fields of kontakt: that hold one value, in the order the page shows them. */
    public static final List<String> FIELDS = List.of("online", "website", "telefon", "oeffnungszeiten", "adresse");
    /** The earliest year a contact value's source may be from (../shared/research/aenderungen-2026.md). */
    public static final int FIRST_YEAR = 2022;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.GERMAN);
    private static final Pattern DATE = Pattern.compile("(\\d{4})(-(\\d{2})(-(\\d{2}))?)?");

    public static final Contact NONE = new Contact(null, null, null, null, null, null, List.of());

    /**
     * One contact value with its source.
     *
     * @param feld     website, online, telefon, oeffnungszeiten, adresse or standorte
     * @param datum    the source's date as written (JJJJ-MM-TT, JJJJ-MM or JJJJ), or null
     * @param inhaltAb for a source without a date: the year its content shows it is from (or later)
     * @param hinweis  for the Redaktion: why the value holds (not shown on the page)
     * @param zusatz   a sentence the page shows next to the value
     */
    public record SourcedValue(String feld, String name, String wert, String url, String zeiten, String zusatz, String quelle,
                         String quelleUrl, String datum, Integer inhaltAb, String hinweis, String staerke, int line) {

        /** The source's date in words: "3. März 2022", "März 2022", "2022"; empty for an undated source. */
        public Optional<String> dateText() {
            Matcher m = datum == null ? null : DATE.matcher(datum);
            if (m == null || !m.matches()) {
                return Optional.empty();
            }
            try {
                if (m.group(5) != null) {
                    return Optional.of(LocalDate.parse(datum).format(DAY));
                }
                if (m.group(3) != null) {
                    return Optional.of(YearMonth.parse(datum).format(MONTH));
                }
                return Optional.of(m.group(1));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        /** The year of the source: from its date, or the year its content shows; null if neither is given. */
        public Integer year() {
            Matcher m = datum == null ? null : DATE.matcher(datum);
            if (m != null && m.matches()) {
                return Integer.valueOf(m.group(1));
            }
            return inhaltAb;
        }

        /** What the page says about the source's date. */
        public String asOfText() {
            return dateText().map(d -> (d.matches("\\d.*\\d{4}") && d.contains(".") ? "Quelle vom " : "Quelle von ") + d)
                    .orElse("Quelle ohne Datum, nach ihrem Inhalt von " + inhaltAb + " oder später");
        }

        /** What the page says next to the value: "Stand: März 2022", or the undated source's sentence. */
        public String valueAsOf() {
            return dateText().map(d -> "Stand: " + d).orElse(asOfText());
        }

        /** The ISO date (or year-month, year) for a time element; null for an undated source. */
        public String isoDate() {
            return dateText().isPresent() ? datum : null;
        }

        /** The text the page and the finder show: a website as its host ("/…" if it is a page below), else the value. */
        public String display() {
            if (!feld.equals("website") && !feld.equals("jobcenter_digital")) {
                return wert;
            }
            String rest = wert.replaceFirst("^https?://", "");
            int slash = rest.indexOf('/');
            return slash < 0 || slash == rest.length() - 1 ? rest.replaceFirst("/$", "") : rest.substring(0, slash) + "/…";
        }

        /** The link of the value: the website, the online service, the tel: link; null for other fields. */
        public String href() {
            return switch (feld) {
                case "website", "jobcenter_digital" -> wert;
                case "online" -> url;
                case "telefon" -> PhoneNumber.tel(wert).orElse(null);
                default -> null;
            };
        }
    }

    /** All values in page order: online, website, telefon, oeffnungszeiten, adresse, standorte. */
    public List<SourcedValue> all() {
        List<SourcedValue> out = new ArrayList<>();
        for (SourcedValue a : new SourcedValue[] {online, website, telefon, oeffnungszeiten, adresse}) {
            if (a != null) {
                out.add(a);
            }
        }
        out.addAll(standorte);
        return out;
    }

    public boolean empty() {
        return all().isEmpty();
    }

    /** The first way in: its own online service where one is confirmed, otherwise the website, otherwise the phone. */
    public Optional<SourcedValue> firstStep() {
        return Optional.ofNullable(online != null ? online : website != null ? website : telefon);
    }

    /** Reads kontakt: of one entry; null nodes give {@link #NONE}. Malformed values are the checker's to report. */
    public static Contact read(Node node) {
        if (!(node instanceof MappingNode)) {
            return NONE;
        }
        LocalDate stand = null;
        try {
            String s = YamlFile.get(node, "stand").map(YamlFile::text).orElse(null);
            stand = s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            // the schema reports it
        }
        List<SourcedValue> standorte = new ArrayList<>();
        for (Node item : YamlFile.items(YamlFile.get(node, "standorte").orElse(null))) {
            sourcedValue("standorte", item).ifPresent(standorte::add);
        }
        return new Contact(stand, sourcedValue(node, "website"), sourcedValue(node, "online"), sourcedValue(node, "telefon"),
                sourcedValue(node, "oeffnungszeiten"), sourcedValue(node, "adresse"), List.copyOf(standorte));
    }

    private static SourcedValue sourcedValue(Node kontakt, String feld) {
        return YamlFile.get(kontakt, feld).flatMap(n -> sourcedValue(feld, n)).orElse(null);
    }

    /** One value (also jobcenter_digital: at the top of the file). */
    public static Optional<SourcedValue> sourcedValue(String feld, Node n) {
        if (!(n instanceof MappingNode)) {
            return Optional.empty();
        }
        String inhalt = text(n, "inhalt_ab");
        return Optional.of(new SourcedValue(feld, text(n, "name"), text(n, "wert"), text(n, "url"), text(n, "zeiten"),
                text(n, "zusatz"), text(n, "quelle"), text(n, "quelle_url"), text(n, "datum"),
                inhalt != null && inhalt.matches("\\d{4}") ? Integer.valueOf(inhalt) : null, text(n, "hinweis"),
                text(n, "staerke"), YamlFile.line(n)));
    }

    private static String text(Node mapping, String key) {
        return YamlFile.get(mapping, key).map(YamlFile::text).filter(s -> !s.isBlank()).map(String::strip).orElse(null);
    }

    /** For Freemarker: one value, its link and its source number in the page's source list. */
    static Map<String, Object> model(SourcedValue a, int quelle) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("feld", a.feld());
        m.put("name", a.name());
        m.put("wert", a.display());
        m.put("href", a.href());
        m.put("zeiten", a.zeiten());
        m.put("zusatz", a.zusatz());
        m.put("stand", a.valueAsOf());
        m.put("quelle", quelle);
        return m;
    }
}
