package de.kjchessen.build.jobcenter;

import de.kjchessen.build.TestProject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The map drawn from the real Kreis boundaries: one named link per Jobcenter, inside its box, within budget. */
class HessenMapTest {

    static final Map<String, KreisGeometry.Kreis> KREISE = read();

    static Map<String, KreisGeometry.Kreis> read() {
        try {
            return KreisGeometry.read(TestProject.ROOT.resolve(KreisGeometry.FILE));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Jobcenter responsible today for an area keyed by a Gemeinde, from the finder's join of the real data. */
    static java.util.function.Function<String, JobCentre> zustaendig(List<JobCentre> all) {
        var z = ResponsibilityReader.check(TestProject.ROOT, new java.util.ArrayList<>()).orElseThrow();
        return ags -> z.gemeinde(ags).map(e -> e.jobcenter()).orElse(null);
    }

    @Test
    void everyJobcenterIsANamedLinkAndTheMapFitsItsBudget() throws Exception {
        List<JobCentre> all = JobcenterDataTest.real();
        var zustaendig = zustaendig(all);
        String svg = HessenMap.svg(KREISE, all, zustaendig);
        assertTrue(svg.getBytes(StandardCharsets.UTF_8).length <= 25 * 1024, "zu groß: " + svg.length());
        for (JobCentre j : all) {
            assertTrue(svg.contains("<a href=\"" + j.pfad() + "\" aria-label=\"" + HessenMap.xml(HessenMap.accessibleName(j)) + "\">"), j.id());
        }
        // one link per area of the map; kind of each from the Jobcenter responsible for it
        java.util.Map<String, JobCentre> byAgs = new java.util.HashMap<>();
        all.forEach(j -> byAgs.put(j.ags(), j));
        List<JobCentre> perArea = KREISE.values().stream().map(k -> k.gemeinde() ? zustaendig.apply(k.ags()) : byAgs.get(k.ags())).toList();
        assertEquals(KREISE.size(), count(svg, "<a href="));
        assertEquals(perArea.stream().filter(JobCentre::kommunal).count(), count(svg, "karte__flaeche--kommunal"));
        assertEquals(perArea.stream().filter(j -> !j.kommunal()).count(), count(svg, "karte__flaeche--ge"));
        // MultiPolygons (Bergstraße, the Main-Kinzig-Kreis with Großkrotzenburg): every part is drawn.
        long rings = KREISE.values().stream().mapToLong(k -> k.polygons().size()).sum();
        assertEquals(rings, Pattern.compile("(?<=[z\"])M\\d").matcher(svg).results().count(), "Ringe");
        assertTrue(!svg.contains("style="), "keine style-Attribute");
    }

    @Test
    void everyPointLiesInsideTheViewBoxAndEveryRingIsClosed() throws Exception {
        List<JobCentre> all = JobcenterDataTest.real();
        String svg = HessenMap.svg(KREISE, all, zustaendig(all));
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(box.find());
        int w = Integer.parseInt(box.group(1));
        int h = Integer.parseInt(box.group(2));
        assertEquals(HessenMap.WIDTH, w);
        assertTrue(h > w, "Hessen ist höher als breit: " + w + "x" + h);
        Matcher path = Pattern.compile(" d=\"([^\"]+)\"").matcher(svg);
        int paths = 0;
        while (path.find()) {
            paths++;
            for (String ring : path.group(1).split("(?=M)")) {
                assertTrue(ring.endsWith("z"), ring);
                String[] parts = ring.substring(1, ring.length() - 1).split("l");
                String[] start = parts[0].split(" ");
                int x = Integer.parseInt(start[0]);
                int y = Integer.parseInt(start[1]);
                Matcher n = Pattern.compile("-?\\d+").matcher(parts[1]);
                boolean isX = true;
                while (n.find()) {
                    if (isX) {
                        x += Integer.parseInt(n.group());
                    } else {
                        y += Integer.parseInt(n.group());
                        assertTrue(x >= 0 && x <= w && y >= 0 && y <= h, "Punkt außerhalb: " + x + "," + y);
                    }
                    isX = !isX;
                }
                assertTrue(isX, "ungerade Zahl von Koordinaten");
            }
        }
        assertEquals(KREISE.size(), paths);
    }

    @Test
    void anAreaOfTheMapWithoutJobcenterFailsTheBuild() throws Exception {
        JobCentre j = JobcenterDataTest.real().get(0);
        JobCentre ghost = new JobCentre("nirgendwo", "06999", "Nirgendwo", j.art(), j.regierungsbezirk(), j.traegerform(),
                j.name(), j.seit(), j.sitz(), j.kontakt(), Map.of(), j.quellen(), null, List.of(), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HessenMap.svg(KREISE, List.of(ghost), ags -> null));
        assertTrue(e.getMessage().contains("gibt es kein Jobcenter"), e.getMessage());
    }

    static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
