package de.kjchessen.build.finder;

import de.kjchessen.build.content.RenderingStep;
import de.kjchessen.build.jobcenter.Responsibilities;
import de.kjchessen.build.jobcenter.ResponsibilityReader;
import de.kjchessen.build.languages.Language;

import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the finder's search index into the baked site at every bake (JBake rendering tool, registered in
 * META-INF/services/org.jbake.render.RenderingTool), so it always matches the data and the HTML lists.
 */
public class SearchIndexRenderer extends RenderingStep {

    /** Path of the index inside the site; the finder page names it in data-index. */
    public static final String PATH = "jobcenter-finden/suchindex.json";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        Path data = config.getDataFolder().toPath();
        if (!Files.exists(data.resolve("gemeinden.csv")) && !Files.exists(data.resolve("jobcenter.yaml"))) {
            return 0; // a site without the finder's data (e.g. a test fixture) has no finder
        }
        try {
            Responsibilities z = ResponsibilityReader.fromDataFolder(data);
            Path target = config.getDestinationFolder().toPath().resolve(PATH);
            Files.createDirectories(target.getParent());
            Files.writeString(target, SearchIndex.json(z), StandardCharsets.UTF_8);
            return 1 + writeTexts(data, target.getParent());
        } catch (IOException | RuntimeException e) {
            throw new RenderingException("Der Suchindex des Jobcenter-Finders konnte nicht geschrieben werden: "
                    + e.getMessage(), e);
        }
    }

    /** Path of the finder's answers in one language ("de" → jobcenter-finden/texte-de.json); named in data-texte. */
    public static String textsPath(String code) {
        return "jobcenter-finden/texte-" + code + ".json";
    }

    /**
     * The finder's answers of each language (finder.skript of data/sprachen/&lt;code&gt;.yaml) as one small JSON file
     * each, fetched with the index: the page only names its file, so the page budget carries no texts twice.
     */
    static int writeTexts(Path data, Path folder) throws IOException {
        int written = 0;
        for (Language s : Language.read(data)) {
            if (s.texte().get("finder") instanceof java.util.Map<?, ?> finder && finder.get("skript") instanceof java.util.Map<?, ?> skript) {
                Files.writeString(folder.getParent().resolve(textsPath(s.code())),
                        JsonMapper.builder().build().writeValueAsString(skript), StandardCharsets.UTF_8);
                written++;
            }
        }
        return written;
    }
}
