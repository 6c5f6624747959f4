package de.kjchessen.build.jobcenter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The map of the Jobcenter as inline SVG, drawn at build time from the Kreis boundaries: one link per area to
 * its Jobcenter page, filled by Trägerform with a pattern (stripes or dots) as well as a colour, so the map
 * does not rely on colour alone. Colours, focus and hover come from site.css (no style attributes).
 *
 * <p>Projection: equirectangular with the longitude scaled by cos(mean latitude), which keeps Hessen's shape
 * within a few per cent at this scale; integer coordinates in a 400-unit-wide box (1 unit ≈ 300 m) and
 * relative path commands keep the SVG small. Ring winding does not matter: the paths use fill-rule evenodd
 * (GeoJSON's counter-clockwise outer rings turn clockwise anyway once y points down).
 */
public final class HessenMap {

    static final int WIDTH = 400;
    static final int PAD = 4;

    private HessenMap() {
    }

    /**
     * @param zustaendig the Jobcenter responsible on the build day for an area keyed by a Gemeinde (8 digits);
     *                   areas keyed by a Kreis (5 digits) belong to the Jobcenter with that ags
     */
    public static String svg(Map<String, KreisGeometry.Kreis> kreise, List<JobCentre> jobcenter,
                             java.util.function.Function<String, JobCentre> zustaendig) {
        double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (KreisGeometry.Kreis k : kreise.values()) {
            for (List<List<double[]>> polygon : k.polygons()) {
                for (double[] p : polygon.get(0)) {
                    minLon = Math.min(minLon, p[0]);
                    maxLon = Math.max(maxLon, p[0]);
                    minLat = Math.min(minLat, p[1]);
                    maxLat = Math.max(maxLat, p[1]);
                }
            }
        }
        double kx = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double scale = (WIDTH - 2 * PAD) / ((maxLon - minLon) * kx);
        int height = (int) Math.ceil((maxLat - minLat) * scale) + 2 * PAD;
        Projection projection = new Projection(minLon, maxLat, kx, scale);

        StringBuilder svg = new StringBuilder(24_000);
        svg.append("<svg class=\"karte__svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"group\" aria-labelledby=\"karte-titel\">")
                .append("<title id=\"karte-titel\">Karte: die ").append(jobcenter.size())
                .append(" Jobcenter in Hessen nach Trägerform</title>")
                .append("<defs>")
                .append("<pattern id=\"muster-kommunal\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" ")
                .append("patternTransform=\"rotate(45)\"><rect class=\"karte__grund-kommunal\" width=\"6\" height=\"6\"/>")
                .append("<rect class=\"karte__zeichen-kommunal\" width=\"2\" height=\"6\"/></pattern>")
                .append("<pattern id=\"muster-ge\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">")
                .append("<rect class=\"karte__grund-ge\" width=\"6\" height=\"6\"/>")
                .append("<circle class=\"karte__zeichen-ge\" cx=\"3\" cy=\"3\" r=\"1.3\"/></pattern>")
                .append("</defs>");
        // Landkreise first, kreisfreie Städte on top: a city lies inside or next to its Landkreis.
        Map<String, JobCentre> byAgs = new java.util.HashMap<>();
        jobcenter.forEach(j -> byAgs.put(j.ags(), j));
        List<KreisGeometry.Kreis> order = new ArrayList<>(kreise.values());
        order.sort(Comparator.comparing(KreisGeometry.Kreis::kreisfrei).thenComparing(KreisGeometry.Kreis::ags));
        for (KreisGeometry.Kreis kreis : order) {
            JobCentre j = kreis.gemeinde() ? zustaendig.apply(kreis.ags()) : byAgs.get(kreis.ags());
            if (j == null) {
                throw new IllegalArgumentException("Zum Gebiet " + kreis.ags() + " (" + kreis.name() + ") in "
                        + KreisGeometry.FILE + " gibt es kein Jobcenter.");
            }
            String label = accessibleName(j);
            svg.append("<a href=\"").append(j.pfad()).append("\" aria-label=\"").append(xml(label)).append("\">")
                    .append("<title>").append(xml(label)).append("</title>")
                    .append("<path class=\"karte__flaeche karte__flaeche--").append(j.kommunal() ? "kommunal" : "ge")
                    .append("\" d=\"").append(path(kreis, projection)).append("\"/></a>");
        }
        return svg.append("</svg>").toString();
    }

    /** What a screen reader says for an area: where, and what kind of Jobcenter it is. */
    public static String accessibleName(JobCentre j) {
        return j.gebiet() + " (" + j.art() + "): " + (j.kommunal() ? "Kommunales Jobcenter" : "gemeinsame Einrichtung");
    }

    record Projection(double lon0, double lat0, double kx, double scale) {
        int x(double lon) {
            return (int) Math.round((lon - lon0) * kx * scale) + PAD;
        }

        int y(double lat) {
            return (int) Math.round((lat0 - lat) * scale) + PAD;
        }
    }

    /** "M x y l dx dy dx dy … z" per ring; points that round onto their predecessor are dropped. */
    static String path(KreisGeometry.Kreis kreis, Projection p) {
        StringBuilder d = new StringBuilder();
        for (List<List<double[]>> polygon : kreis.polygons()) {
            for (List<double[]> ring : polygon) {
                int lastX = p.x(ring.get(0)[0]);
                int lastY = p.y(ring.get(0)[1]);
                d.append('M').append(lastX).append(' ').append(lastY).append('l');
                boolean first = true;
                for (int i = 1; i < ring.size(); i++) {
                    int x = p.x(ring.get(i)[0]);
                    int y = p.y(ring.get(i)[1]);
                    if (x == lastX && y == lastY) {
                        continue;
                    }
                    number(d, x - lastX, first);
                    number(d, y - lastY, false);
                    first = false;
                    lastX = x;
                    lastY = y;
                }
                d.append('z');
            }
        }
        return d.toString();
    }

    /** A minus sign separates numbers by itself; only a positive number after another needs a space. */
    private static void number(StringBuilder d, int n, boolean afterCommand) {
        if (!afterCommand && n >= 0) {
            d.append(' ');
        }
        d.append(n);
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
