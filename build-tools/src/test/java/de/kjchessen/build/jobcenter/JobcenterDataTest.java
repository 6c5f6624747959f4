package de.kjchessen.build.jobcenter;

import de.kjchessen.build.TestProject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** data/jobcenter.yaml agrees with the map and holds only confirmed values. */
class JobcenterDataTest {

    static List<JobCentre> real() throws Exception {
        return JobCentreFile.load(TestProject.ROOT.resolve("data")).all();
    }

    @Test
    void theKindsOfAreaAgreeWithTheMap() throws Exception {
        // The counts shown on the site are computed from the data; here they must agree with the map's areas.
        var kreise = KreisGeometry.read(TestProject.ROOT.resolve(KreisGeometry.FILE));
        Map<String, Long> mapKinds = kreise.values().stream().collect(Collectors.groupingBy(
                k -> k.kreisfrei() ? JobCentre.KREISFREIE_STADT : JobCentre.LANDKREIS, Collectors.counting()));
        assertEquals(mapKinds, real().stream().collect(Collectors.groupingBy(JobCentre::art, Collectors.counting())));
    }

    @Test
    void hanauHasItsOwnJobcenterAndTheKeyThatJoinsTheMap() throws Exception {
        Map<String, JobCentre> byId = real().stream().collect(Collectors.toMap(JobCentre::id, j -> j));
        JobCentre hanau = byId.get("hanau");
        assertEquals(JobCentre.GEMEINSAME_EINRICHTUNG, hanau.traegerform());
        assertEquals(JobCentre.KREISFREIE_STADT, hanau.art());
        assertEquals(true, KreisGeometry.read(TestProject.ROOT.resolve(KreisGeometry.FILE))
                .containsKey(hanau.ags()), "Hanaus Gebietsschlüssel fehlt in der Karte");
    }

    @Test
    void everyKreisOfTheMapHasExactlyOneJobcenter() throws Exception {
        var kreise = KreisGeometry.read(TestProject.ROOT.resolve(KreisGeometry.FILE));
        assertEquals(kreise.keySet().stream().sorted().toList(), real().stream().map(JobCentre::ags).sorted().toList());
    }

    @Test
    void gemeinsameEinrichtungenHaveNoSeitAndUnconfirmedValuesAreNullNotGuessed() throws Exception {
        for (JobCentre j : real()) {
            if (!j.kommunal()) {
                assertEquals(null, j.seit(), j.id());
            }
        }
        Map<String, JobCentre> byId = real().stream().collect(Collectors.toMap(JobCentre::id, j -> j));
        assertEquals(null, byId.get("main-kinzig-kreis").seit(), "Main-Kinzig: seit ist umstritten");
        assertEquals(true, byId.get("main-kinzig-kreis").hinweise().containsKey("seit"));
        assertEquals(null, byId.get("wetteraukreis").name(), "Wetterau: Name nicht belegt");
        assertEquals(true, byId.get("vogelsbergkreis").hinweise().get("name").contains("2010"));
        // Limburg-Weilburg: a press report names the gemeinsame Einrichtung; the note says it is the only source
        assertEquals(true, byId.get("limburg-weilburg").hinweise().get("traegerform").contains("Zeitungsbericht"));
        assertEquals(true, byId.get("landkreis-kassel").hinweise().get("name").contains("nicht bestätigt"));
        assertEquals(true, byId.get("werra-meissner-kreis").hinweise().get("traegerform").startsWith("Durch Ausschluss"));
    }

    @Test
    void aMistakeInTheGemeindenListDoesNotStopTheJobcenterCheck(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // ResponsibilityReader reports the broken row; the Jobcenter check reads on with the rows that are fine.
        java.nio.file.Path csv = dir.resolve("gemeinden.csv");
        java.nio.file.Files.writeString(csv, "ags,name,kreis_ags,kreis_name,plz\n"
                + "06414000,Wiesbaden,06414,Wiesbaden,65183\n6611000,Kassel,06611,Kassel,34117\n");
        assertEquals(java.util.Set.of("06414"), JobcenterDataChecker.gemeindeKreise(csv));
    }
}
