package de.kjchessen.build;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The Jobcenter data for machines: CSV and JSON downloads, and schema.org JSON-LD for each page. */
public final class JobcenterDownloads {

    static final List<String> COLUMNS = List.of("id", "ags", "gebiet", "art", "regierungsbezirk", "traegerform", "name",
            "seit", "sitz", "website", "hinweise", "quellen", "seite");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JobcenterDownloads() {
    }

    /** RFC 4180 CSV, UTF-8, CRLF; an empty cell means "nicht bestätigt"; several sources are separated by " | ". */
    public static String csv(List<JobCentre> all, String host) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (JobCentre j : all) {
            List<String> cells = List.of(j.id(), j.ags(), j.gebiet(), j.art(), j.regierungsbezirk(), j.traegerform(),
                    n(j.name()), j.seit() == null ? "" : j.seit().toString(), n(j.sitz()), n(j.website()),
                    j.hinweise().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(" | ")),
                    j.quellen().stream().map(JobCentre.Source::url).collect(Collectors.joining(" | ")),
                    base(host) + j.pfad());
            out.append(cells.stream().map(JobcenterDownloads::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    public static String json(List<JobCentre> all, LocalDate stand, String host) {
        ObjectNode root = F.objectNode();
        root.put("titel", "Die Jobcenter in Hessen");
        root.put("stand", stand.toString());
        root.put("hinweis", "null bedeutet: nicht bestätigt. Quellen je Eintrag unter \"quellen\".");
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
            ObjectNode hinweise = o.putObject("hinweise");
            j.hinweise().forEach(hinweise::put);
            ArrayNode quellen = o.putArray("quellen");
            j.quellen().forEach(q -> quellen.addObject().put("titel", q.titel()).put("url", q.url()));
            o.put("seite", base(host) + j.pfad());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** schema.org GovernmentOrganization; unconfirmed values are left out, never filled in. */
    public static String jsonLd(JobCentre j, KreisGeometry.Kreis kreis) {
        ObjectNode o = F.objectNode();
        o.put("@context", "https://schema.org");
        o.put("@type", "GovernmentOrganization");
        if (j.name() != null) {
            o.put("name", j.name());
        }
        o.put("description", (j.kommunal() ? "Kommunales Jobcenter" : "Gemeinsame Einrichtung von Kommune und "
                + "Bundesagentur für Arbeit") + " für " + j.gebiet() + " (" + j.art() + ")");
        if (j.website() != null) {
            o.put("url", j.website());
        }
        ObjectNode area = o.putObject("areaServed");
        area.put("@type", "AdministrativeArea");
        area.put("name", j.gebiet());
        area.put("identifier", j.ags());
        if (j.sitz() != null) {
            ObjectNode address = o.putObject("address");
            address.put("@type", "PostalAddress");
            address.put("addressLocality", j.sitz());
            address.put("addressRegion", "Hessen");
            address.put("addressCountry", "DE");
        }
        // "</" would end the <script> element early; "<\/" is the same string in JSON. Pretty-printed: the
        // post-bake fingerprinter scans quoted strings, and compact JSON such as {"a":{"b" would look like one to it.
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o).replace("</", "<\\/");
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    private static String base(String host) {
        return host == null ? "" : host.replaceAll("/+$", "");
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
