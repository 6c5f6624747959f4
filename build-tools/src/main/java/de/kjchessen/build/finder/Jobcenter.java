package de.kjchessen.build.finder;

import java.time.LocalDate;
import java.util.List;

/**
 * The Jobcenter of one Kreis or kreisfreie Stadt, as far as the finder needs it (data/jobcenter.yaml).
 *
 * @param id        URL slug of its page, /jobcenter/&lt;id&gt;/
 * @param kreisAgs  five-digit AGS of its Kreis or kreisfreie Stadt (eight digits while a new Kreisschlüssel is unconfirmed)
 * @param name      confirmed name of the Jobcenter, else "Jobcenter " and the area
 * @param gebiet    the area it serves, spelled so that the two Kassels differ ("Stadt Kassel", "Landkreis Kassel")
 * @param line      line in the YAML file, for editor messages
 * @param ausnahmen Gemeinden it serves instead of their Kreis's Jobcenter, each from a given day (zustaendig_fuer)
 */
public record Jobcenter(String id, String kreisAgs, String name, String gebiet, int line, List<Ausnahme> ausnahmen) {

    /** One Gemeinde (8-digit key) this Jobcenter is responsible for from day {@code ab} on. */
    public record Ausnahme(String gemeindeAgs, LocalDate ab, int line) {
    }

    public Jobcenter(String id, String kreisAgs, String name, String gebiet, int line) {
        this(id, kreisAgs, name, gebiet, line, List.of());
    }

    /** Root-relative address of the Jobcenter's page. */
    public String url() {
        return "/jobcenter/" + id + "/";
    }
}
