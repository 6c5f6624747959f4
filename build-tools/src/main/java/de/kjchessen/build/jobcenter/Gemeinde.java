package de.kjchessen.build.jobcenter;

import java.util.List;

/**
 * One Hessian Gemeinde as listed in data/gemeinden.csv.
 *
 * @param ags      Amtlicher Gemeindeschlüssel, 8 digits ("06534014")
 * @param name     official short name as the BKG writes it ("Bad Homburg v.d. Höhe")
 * @param kreisAgs the first five digits of the AGS: the Kreis or kreisfreie Stadt, and so the Jobcenter
 * @param plz      postcodes (from OpenStreetMap; one postcode may belong to several Gemeinden)
 * @param line     line in the CSV file, for editor messages
 */
public record Gemeinde(String ags, String name, String kreisAgs, List<String> plz, int line) {
}
