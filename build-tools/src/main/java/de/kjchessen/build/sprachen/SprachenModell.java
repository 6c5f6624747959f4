package de.kjchessen.build.sprachen;

import de.kjchessen.build.generate.Urls;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractor;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every template the languages ({@code sprachen}: code, name, richtung, locale, start, in the switcher's
 * order) and the versions of each translated page ({@code sprachfassungen[0]["/en/finder/"]}: lang and url of
 * each version), so the layout sets lang, dir, hreflang and the switcher without knowing any language.
 */
public class SprachenModell implements ModelExtractor<List<?>> {

    @Override
    public List<?> get(ContentStore db, Map model, String key) {
        File dataFolder = (File) ((Map<?, ?>) model.get("config")).get("dataFolder");
        List<Sprache> sprachen = Sprache.read(dataFolder.toPath());
        if ("sprachen".equals(key)) {
            return sprachen.stream().map(Sprache::model).toList();
        }
        Map<String, Object> byPage = new LinkedHashMap<>();
        of(db, sprachen).forEach((url, group) -> byPage.put(url, group.stream().map(Sprachfassungen.Fassung::model).toList()));
        return List.of(byPage);
    }

    /** The versions of every published page in the content store. */
    public static Map<String, List<Sprachfassungen.Fassung>> of(ContentStore db, List<Sprache> sprachen) {
        List<Sprachfassungen.Seite> seiten = new ArrayList<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            for (DocumentModel doc : db.getPublishedContent(type)) {
                Object original = doc.get(Sprachfassungen.ORIGINAL);
                if (original != null && doc.getUri() != null) {
                    seiten.add(new Sprachfassungen.Seite(Urls.clean(doc.getUri()), String.valueOf(original)));
                }
            }
        }
        return Sprachfassungen.of(seiten, sprachen);
    }
}
