package de.kjchessen.build.finder;

import de.kjchessen.build.Problem;
import de.kjchessen.build.jobcenter.GemeindenCsv;
import de.kjchessen.build.jobcenter.JobCentre;
import de.kjchessen.build.jobcenter.ResponsibilityReader;
import de.kjchessen.build.jobcenter.ResponsibilityReaderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexTest {

    @Test
    void officialShortFormsGetTheirLongForm() {
        assertEquals("Bad Homburg vor der Höhe", LongForm.of("Bad Homburg v.d. Höhe"));
        assertEquals("Rosbach vor der Höhe", LongForm.of("Rosbach v.d. Höhe"));
        assertEquals("Limburg an der Lahn", LongForm.of("Limburg a.d. Lahn"));
        assertEquals("Höchst im Odenwald", LongForm.of("Höchst i. Odw."));
        assertEquals("Breitenbach am Herzberg", LongForm.of("Breitenbach a. Herzberg"));
        assertEquals("", LongForm.of("Marburg"));
        assertEquals("", LongForm.of("Frankfurt am Main"));
    }

    @Test
    void indexListsEveryGemeindeWithItsJobcenterAndLicence(@TempDir Path root) throws Exception {
        ResponsibilityReaderTest.write(root, GemeindenCsv.FILE, ResponsibilityReaderTest.CSV);
        ResponsibilityReaderTest.write(root, JobCentre.FILE, ResponsibilityReaderTest.YAML);
        List<Problem> out = new ArrayList<>();
        String json = SearchIndex.json(ResponsibilityReader.check(root, out).orElseThrow());
        assertEquals("{\"quelle\":\"" + SearchIndex.SOURCE + "\",\"jobcenter\":["
                + "[\"/jobcenter/darmstadt-dieburg/\",\"Jobcenter Landkreis Darmstadt-Dieburg\",\"Landkreis Darmstadt-Dieburg\"],"
                + "[\"/jobcenter/hochtaunuskreis/\",\"Kommunales Jobcenter Hochtaunuskreis\",\"Hochtaunuskreis\"],"
                + "[\"/jobcenter/stadt-kassel/\",\"Jobcenter Stadt Kassel\",\"Stadt Kassel\"],"
                + "[\"/jobcenter/landkreis-kassel/\",\"Jobcenter Landkreis Kassel\",\"Landkreis Kassel\"]],"
                + "\"gemeinden\":["
                + "[\"Bad Homburg v.d. Höhe\",1,\"61348 61350\",\"Bad Homburg vor der Höhe\"],"
                + "[\"Fuldatal\",3,\"34127 34233\",\"\"],"
                + "[\"Kassel\",2,\"34117 34127\",\"\"],"
                + "[\"Ötzberg\",0,\"64853\",\"\"]]}", json);
        try (JsonParser p = JsonMapper.builder().build().createParser(json)) { // well-formed for any JSON reader
            int tokens = 0;
            while (p.nextToken() != null) {
                tokens++;
            }
            assertTrue(tokens > 20);
            assertEquals(null, p.currentToken() == JsonToken.END_OBJECT ? null : p.currentToken());
        }
    }
}
