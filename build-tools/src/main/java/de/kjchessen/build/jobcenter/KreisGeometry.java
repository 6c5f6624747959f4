package de.kjchessen.build.jobcenter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The areas of the Jobcenter (data/geo/hessen-jobcenter-gebiete-2026.geojson, BKG VG5000): one entry per
 * Kreisschlüssel, or per Gemeindeschlüssel for a Gemeinde with a Jobcenter of its own whose Kreisschlüssel is
 * not confirmed (Hanau), with its polygons as lon/lat rings. Only what the map and the data checks need.
 */
public final class KreisGeometry {

    public static final String FILE = "data/geo/hessen-jobcenter-gebiete-2026.geojson";

    /** One Kreis: polygons → rings → points {lon, lat}. The first ring of a polygon is its outer ring. */
    public record Kreis(String ags, String name, String bez, List<List<List<double[]>>> polygons) {
        public boolean kreisfrei() {
            return "Kreisfreie Stadt".equals(bez);
        }

        /** An area keyed by a Gemeinde (8 digits): its Jobcenter is the one responsible for that Gemeinde. */
        public boolean gemeinde() {
            return ags.length() == 8;
        }
    }

    private KreisGeometry() {
    }

    /** Kreise by AGS, in file order. */
    public static Map<String, Kreis> read(Path file) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
        Map<String, Kreis> kreise = new LinkedHashMap<>();
        for (JsonNode feature : root.path("features")) {
            JsonNode props = feature.path("properties");
            JsonNode geometry = feature.path("geometry");
            List<List<List<double[]>>> polygons = new ArrayList<>();
            switch (geometry.path("type").asString()) {
                case "Polygon" -> polygons.add(rings(geometry.path("coordinates")));
                case "MultiPolygon" -> geometry.path("coordinates").forEach(p -> polygons.add(rings(p)));
                default -> throw new IOException(file + ": unsupported geometry " + geometry.path("type"));
            }
            String ags = props.path("gebiet_ags").asString();
            kreise.put(ags, new Kreis(ags, props.path("name").asString(), props.path("bez").asString(), polygons));
        }
        return kreise;
    }

    private static List<List<double[]>> rings(JsonNode polygon) {
        List<List<double[]>> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            List<double[]> points = new ArrayList<>();
            ring.forEach(p -> points.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
            rings.add(points);
        }
        return rings;
    }
}
