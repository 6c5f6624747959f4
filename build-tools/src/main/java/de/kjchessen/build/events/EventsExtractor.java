package de.kjchessen.build.events;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Template variables {@code termine_kommend} and {@code termine_vergangen}: the published Termine split at
 * the day of the build (Europe/Berlin), so nobody moves an event to "past" by hand. Only the Termine list
 * page uses them (registered in META-INF/org.jbake.template.ModelExtractors.properties).
 */
public class EventsExtractor implements ModelExtractor<DocumentList<DocumentModel>> {

    public static final String UPCOMING = "termine_kommend";

    @Override
    public DocumentList<DocumentModel> get(ContentStore db, Map model, String key) {
        return select(db.getPublishedContent("termin"), Events.buildDay(), UPCOMING.equals(key));
    }

    static DocumentList<DocumentModel> select(List<DocumentModel> docs, LocalDate today, boolean upcoming) {
        Map<Event, DocumentModel> byTermin = new IdentityHashMap<>();
        for (DocumentModel doc : docs) {
            byTermin.put(Event.of(doc), doc);
        }
        Events.Plan plan = Events.split(List.copyOf(byTermin.keySet()), today);
        DocumentList<DocumentModel> out = new DocumentList<>();
        for (Event t : upcoming ? plan.upcoming() : plan.past()) {
            out.add(byTermin.get(t));
        }
        return out;
    }
}
