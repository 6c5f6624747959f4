package de.kjchessen.build.bake;

import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ProjectFreemarkerEngineTest {

    /**
     * The engine keeps our extractors' values for the bake: it must find exactly the keys our properties file
     * registers (a key it missed would run once per page again, quadratic at 4000 pages) and none of JBake's own,
     * some of which depend on the page (tag_posts) or the moment (published_date).
     */
    @Test
    void keepsExactlyOurExtractorsForTheBake() throws Exception {
        Properties ours = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/META-INF/org.jbake.template.ModelExtractors.properties"))) {
            ours.load(in);
        }
        Set<String> expected = new TreeSet<>();
        ours.values().forEach(names -> Arrays.stream(names.toString().split(",")).map(String::strip).forEach(expected::add));
        assertFalse(expected.isEmpty());
        assertEquals(expected, new TreeSet<>(ProjectFreemarkerEngine.PROJECT_EXTRACTOR_KEYS));
        for (String jbakes : Set.of("published_posts", "tag_posts", "published_date", "alltags", "data")) {
            assertFalse(ProjectFreemarkerEngine.PROJECT_EXTRACTOR_KEYS.contains(jbakes), jbakes);
        }
    }
}
