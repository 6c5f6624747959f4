package de.kjchessen.build.finder;

import de.kjchessen.build.jobcenter.Contact;
import de.kjchessen.build.jobcenter.JobCentre;
import de.kjchessen.build.jobcenter.Responsibilities;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search index of the Jobcenter-Finder, written at build time from the data (never kept by hand).
 * Compact positional arrays keep it small on a phone; the script documents the same layout:
 * <pre>
 * { "quelle": "...",
 *   "jobcenter": [[url, name, gebiet, [href, text, art]?], ...],   (the first way in, where one is confirmed:
 *                                                                  its own online service, else website, else phone)
 *   "gemeinden": [[name, jobcenterIndex, "plz plz ...", langform, hinweis?], ...] }   (German alphabetical order;
 *   hinweis only where a change of Jobcenter is announced or named: "Ab …" / "Seit …")
 * </pre>
 * Names stay as written; the script normalises case, umlauts and ß itself, so index and input are
 * normalised by one and the same function.
 */
public final class SearchIndex {

    /** Licence note carried inside the file (the postcodes are an ODbL database). */
    public static final String SOURCE = "Gemeinden und Gemeindeschlüssel: © GeoBasis-DE / BKG 2021 (Daten verändert), "
            + "dl-de/by-2-0. Postleitzahlen: © OpenStreetMap-Mitwirkende, ODbL 1.0, aufbereitet von "
            + "suche-postleitzahl.org. Diese Datei steht unter der ODbL 1.0.";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SearchIndex() {
    }

    /** The link text of the first way in: the online service's name, the website without https://, the number. */
    static String firstStepText(Contact.SourcedValue a) {
        return a.display();
    }

    public static String json(Responsibilities z) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("quelle", SOURCE);
            json.writeArrayPropertyStart("jobcenter");
            Map<JobCentre, Integer> index = new HashMap<>();
            List<JobCentre> jobcenter = z.jobcenter();
            for (int i = 0; i < jobcenter.size(); i++) {
                JobCentre j = jobcenter.get(i);
                index.put(j, i);
                json.writeStartArray();
                json.writeString(j.pfad());
                json.writeString(j.finderName());
                json.writeString(j.areaLabel());
                var weg = j.kontakt().firstStep().filter(a -> a.href() != null);
                if (weg.isPresent()) {
                    json.writeStartArray();
                    json.writeString(weg.get().href());
                    json.writeString(firstStepText(weg.get()));
                    json.writeString(switch (weg.get().feld()) {
                        case "online" -> "online";
                        case "website" -> "Website";
                        default -> "Telefon";
                    });
                    json.writeEndArray();
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("gemeinden");
            for (Responsibilities.Entry e : z.entries()) {
                json.writeStartArray();
                json.writeString(e.gemeinde().name());
                json.writeNumber(index.get(e.jobcenter()));
                json.writeString(String.join(" ", e.gemeinde().plz()));
                json.writeString(LongForm.of(e.gemeinde().name()));
                if (!e.hinweis().isEmpty()) {
                    json.writeString(e.hinweis());
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toString();
    }
}
