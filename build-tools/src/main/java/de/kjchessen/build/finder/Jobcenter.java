package de.kjchessen.build.finder;

/**
 * The Jobcenter of one Kreis or kreisfreie Stadt, as far as the finder needs it (data/jobcenter.yaml).
 *
 * @param id       URL slug of its page, /jobcenter/&lt;id&gt;/
 * @param kreisAgs five-digit AGS of its Kreis or kreisfreie Stadt
 * @param name     confirmed name of the Jobcenter, else "Jobcenter " and the area
 * @param gebiet   the area it serves, spelled so that the two Kassels differ ("Stadt Kassel", "Landkreis Kassel")
 * @param line     line in the YAML file, for editor messages
 */
public record Jobcenter(String id, String kreisAgs, String name, String gebiet, int line) {

    /** Root-relative address of the Jobcenter's page. */
    public String url() {
        return "/jobcenter/" + id + "/";
    }
}
