package de.kjchessen.build.bake;

import de.kjchessen.build.BuildClock;
import de.kjchessen.build.content.FactDates;

import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

import java.util.List;
import java.util.Map;

/**
 * Gives templates the day the site is built for ({@code bautag[0].iso}, {@code bautag[0].text}) from the one
 * {@link BuildClock}, so a page that says "Stand vom …" agrees with what the build decided for that day (also when
 * a test sets the clock). JBake hands extractor results to Freemarker as a sequence, hence the one-element list.
 */
public class BuildDayModel implements ModelExtractor<List<Map<String, Object>>> {

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        java.time.LocalDate day = BuildClock.today();
        return List.of(Map.of("iso", day.toString(), "text", day.format(FactDates.GERMAN)));
    }
}
