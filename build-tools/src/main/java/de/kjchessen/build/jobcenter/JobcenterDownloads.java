package de.kjchessen.build.jobcenter;

import de.kjchessen.build.SiteConfig;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Jobcenter data for machines: CSV and JSON downloads, and schema.org JSON-LD for each page. */
public final class JobcenterDownloads {

    static final List<String> COLUMNS = List.of("id", "ags", "gebiet", "art", "regierungsbezirk", "traegerform", "name",
            "seit", "sitz", "website", "website_datum", "website_quelle", "online", "online_url", "online_datum",
            "online_quelle", "telefon", "telefon_zeiten", "telefon_datum", "telefon_quelle", "oeffnungszeiten",
            "oeffnungszeiten_datum", "oeffnungszeiten_quelle", "adresse", "adresse_datum", "adresse_quelle", "standorte",
            "kontakt_stand", "hinweise", "quellen", "seite", "gueltig_ab", "gueltig_bis");

    /**
     * The days between which a row describes the Jobcenter's area: from its latest change on or before the build
     * day (a Gemeinde taken over or handed over, zustaendig_fuer) to the day before its next announced change;
     * null where there is none. [ab, bis]
     */
    static LocalDate[] validity(JobCentre j, List<JobCentre> all, LocalDate day) {
        LocalDate ab = null;
        LocalDate bis = null;
        for (JobCentre other : all) {
            for (JobCentre.Takeover t : other.takeovers()) {
                boolean concerns = other.id().equals(j.id()) || t.gemeindeAgs().startsWith(j.ags());
                if (!concerns) {
                    continue;
                }
                if (!t.ab().isAfter(day)) {
                    ab = ab == null || t.ab().isAfter(ab) ? t.ab() : ab;
                } else {
                    LocalDate before = t.ab().minusDays(1);
                    bis = bis == null || before.isBefore(bis) ? before : bis;
                }
            }
        }
        return new LocalDate[] {ab, bis};
    }
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JobcenterDownloads() {
    }

    /** RFC 4180 CSV, UTF-8, CRLF; an empty cell means "nicht bestätigt"; several sources are separated by " | ". */
    public static String csv(List<JobCentre> all, String host, LocalDate day) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(COLUMNS);
            for (JobCentre j : all) {
                LocalDate[] gueltig = validity(j, all, day);
                Contact k = j.kontakt();
                List<String> cells = new java.util.ArrayList<>(List.of(j.id(), j.ags(), j.gebiet(), j.art(),
                        j.regierungsbezirk(), j.traegerform(), n(j.name()), j.seit() == null ? "" : j.seit().toString(),
                        n(j.sitz()), n(j.website()), dateOf(k.website()), sourceOf(k.website()),
                        k.online() == null ? "" : k.online().wert(), k.online() == null ? "" : n(k.online().url()),
                        dateOf(k.online()), sourceOf(k.online()), k.telefon() == null ? "" : k.telefon().wert(),
                        k.telefon() == null ? "" : n(k.telefon().zeiten()), dateOf(k.telefon()), sourceOf(k.telefon()),
                        k.oeffnungszeiten() == null ? "" : k.oeffnungszeiten().wert(), dateOf(k.oeffnungszeiten()),
                        sourceOf(k.oeffnungszeiten()), k.adresse() == null ? "" : k.adresse().wert(), dateOf(k.adresse()),
                        sourceOf(k.adresse()), k.standorte().stream().map(a -> (a.name() == null ? "" : a.name() + ": ")
                                + a.wert() + " (" + dateOf(a) + ", " + a.quelleUrl() + ")").collect(Collectors.joining(" | ")),
                        k.stand() == null ? "" : k.stand().toString()));
                cells.addAll(List.of(j.hinweise().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(" | ")),
                        j.quellen().stream().map(JobCentre.Source::url).collect(Collectors.joining(" | ")),
                        base(host) + j.pfad(), gueltig[0] == null ? "" : gueltig[0].toString(),
                        gueltig[1] == null ? "" : gueltig[1].toString()));
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    public static String json(List<JobCentre> all, LocalDate stand, String host, LocalDate day) {
        ObjectNode root = F.objectNode();
        root.put("titel", "Die Jobcenter in Hessen");
        root.put("stand", stand.toString());
        root.put("hinweis", "null bedeutet: nicht bestätigt. Quellen je Eintrag unter \"quellen\". gueltig_ab und "
                + "gueltig_bis: Zeitraum, in dem das Gebiet des Jobcenters so gilt (null: keine Änderung bekannt).");
        root.put("erstellt_fuer", day.toString());
        ArrayNode list = root.putArray("jobcenter");
        for (JobCentre j : all) {
            ObjectNode o = list.addObject();
            o.put("id", j.id());
            o.put("ags", j.ags());
            o.put("gebiet", j.gebiet());
            o.put("art", j.art());
            o.put("regierungsbezirk", j.regierungsbezirk());
            o.put("traegerform", j.traegerform());
            o.put("name", j.name());
            if (j.seit() == null) {
                o.putNull("seit");
            } else {
                o.put("seit", j.seit());
            }
            o.put("sitz", j.sitz());
            o.put("website", j.website());
            ObjectNode kontakt = o.putObject("kontakt");
            kontakt.put("stand", j.kontakt().stand() == null ? null : j.kontakt().stand().toString());
            for (String feld : Contact.FIELDS) {
                Contact.SourcedValue a = switch (feld) {
                    case "online" -> j.kontakt().online();
                    case "website" -> j.kontakt().website();
                    case "telefon" -> j.kontakt().telefon();
                    case "oeffnungszeiten" -> j.kontakt().oeffnungszeiten();
                    default -> j.kontakt().adresse();
                };
                if (a == null) {
                    kontakt.putNull(feld);
                } else {
                    sourcedValue(kontakt.putObject(feld), a);
                }
            }
            ArrayNode standorte = kontakt.putArray("standorte");
            j.kontakt().standorte().forEach(a -> sourcedValue(standorte.addObject(), a));
            ObjectNode hinweise = o.putObject("hinweise");
            j.hinweise().forEach(hinweise::put);
            ArrayNode quellen = o.putArray("quellen");
            j.quellen().forEach(q -> quellen.addObject().put("titel", q.titel()).put("url", q.url()));
            o.put("seite", base(host) + j.pfad());
            LocalDate[] gueltig = validity(j, all, day);
            o.put("gueltig_ab", gueltig[0] == null ? null : gueltig[0].toString());
            o.put("gueltig_bis", gueltig[1] == null ? null : gueltig[1].toString());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** schema.org GovernmentOrganization; unconfirmed values are left out, never filled in. */
    public static String jsonLd(JobCentre j, KreisGeometry.Kreis kreis) {
        ObjectNode o = F.objectNode();
        o.put("@context", "https://schema.org");
        Contact k = j.kontakt();
        // A confirmed address makes it a place one can visit (GovernmentOffice); otherwise the organisation.
        o.put("@type", k.adresse() != null ? "GovernmentOffice" : "GovernmentOrganization");
        if (j.name() != null) {
            o.put("name", j.name());
        }
        o.put("description", (j.kommunal() ? "Kommunales Jobcenter" : "Gemeinsame Einrichtung von Kommune und "
                + "Bundesagentur für Arbeit") + " für " + j.gebiet() + " (" + j.art() + ")." + caveats(j));
        if (j.website() != null) {
            o.put("url", j.website());
        }
        ObjectNode area = o.putObject("areaServed");
        area.put("@type", "AdministrativeArea");
        area.put("name", j.gebiet());
        area.put("identifier", j.ags());
        if (k.telefon() != null && k.telefon().href() != null) {
            o.put("telephone", k.telefon().href().substring("tel:".length()));
        }
        if (k.adresse() != null) {
            // "Straße 1, 12345 Ort" (the checker guarantees the form): street before the last comma, then PLZ and place
            String wert = k.adresse().wert();
            int comma = wert.lastIndexOf(", ");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:([0-9]{5}) )?(.+)").matcher(wert.substring(comma + 2));
            ObjectNode address = o.putObject("address");
            address.put("@type", "PostalAddress");
            address.put("streetAddress", wert.substring(0, comma));
            if (m.matches() && m.group(1) != null) {
                address.put("postalCode", m.group(1));
            }
            address.put("addressLocality", m.matches() ? m.group(2) : wert.substring(comma + 2));
            address.put("addressRegion", "Hessen");
            address.put("addressCountry", "DE");
        } else if (j.sitz() != null) {
            ObjectNode address = o.putObject("address");
            address.put("@type", "PostalAddress");
            address.put("addressLocality", j.sitz());
            address.put("addressRegion", "Hessen");
            address.put("addressCountry", "DE");
        }
        // "</" would end the <script> element early; "<\/" is the same string in JSON. Pretty-printed for people
        // reading the page source (the fingerprinter reads JSON-LD with a JSON parser, so compact would work too).
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o).replace("</", "<\\/");
    }

    /** The caveats (hinweise) of the values this JSON-LD states: a caveat goes wherever its value goes. */
    static String caveats(JobCentre j) {
        StringBuilder out = new StringBuilder();
        Map<String, String> stated = new LinkedHashMap<>();
        stated.put("traegerform", "Trägerform");
        if (j.name() != null) {
            stated.put("name", "Name");
        }
        if (j.sitz() != null) {
            stated.put("sitz", "Sitz");
        }
        if (j.website() != null) {
            stated.put("website", "Website");
        }
        stated.forEach((field, label) -> {
            String note = j.hinweise().get(field);
            if (note != null) {
                out.append(" Zum Feld ").append(label).append(": ").append(note);
            }
        });
        return out.toString();
    }

    /** One contact value for the JSON download: the value, its source and the source's date (or inhalt_ab). */
    private static void sourcedValue(ObjectNode o, Contact.SourcedValue a) {
        if (a.name() != null) {
            o.put("name", a.name());
        }
        o.put("wert", a.wert());
        for (String[] kv : new String[][] {{"url", a.url()}, {"zeiten", a.zeiten()}, {"zusatz", a.zusatz()}}) {
            if (kv[1] != null) {
                o.put(kv[0], kv[1]);
            }
        }
        if (a.href() != null && a.feld().equals("telefon")) {
            o.put("tel", a.href());
        }
        o.put("quelle", a.quelle());
        o.put("quelle_url", a.quelleUrl());
        o.put("datum", a.dateText().isPresent() ? a.datum() : null);
        if (a.inhaltAb() != null && a.dateText().isEmpty()) {
            o.put("inhalt_ab", a.inhaltAb());
        }
        o.put("staerke", a.staerke());
        if (a.hinweis() != null) {
            o.put("hinweis", a.hinweis());
        }
    }

    /** The source's date for the CSV: as written, or "ohne Datum, Inhalt JJJJ oder später"; empty without a value. */
    private static String dateOf(Contact.SourcedValue a) {
        return a == null ? "" : a.dateText().isPresent() ? a.datum() : "ohne Datum, Inhalt " + a.inhaltAb() + " oder später";
    }

    private static String sourceOf(Contact.SourcedValue a) {
        return a == null ? "" : a.quelleUrl();
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    private static String base(String host) {
        return SiteConfig.withoutTrailingSlash(host);
    }
}
