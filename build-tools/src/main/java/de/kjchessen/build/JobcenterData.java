package de.kjchessen.build;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ids of the Jobcenter in data/jobcenter.yaml (a list of entries with "id", either at the top level or
 * under one top-level key): they are the page addresses /jobcenter/&lt;id&gt;/ and the values of jobcenter= in
 * page headers.
 */
public final class JobcenterData {

    public static final String FILE = "data/jobcenter.yaml";

    private JobcenterData() {
    }

    /** id → line of the id in data/jobcenter.yaml. */
    public static Map<String, Integer> ids(Optional<YamlFile> yaml) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        yaml.map(YamlFile::root).map(JobcenterData::entries).orElse(List.of()).forEach(entry ->
                YamlFile.get(entry, "id").ifPresent(id -> {
                    String text = YamlFile.text(id);
                    if (text != null && !text.isBlank()) {
                        ids.putIfAbsent(text.strip(), YamlFile.line(id));
                    }
                }));
        return ids;
    }

    private static List<Node> entries(Node root) {
        if (root instanceof SequenceNode) {
            return YamlFile.items(root);
        }
        if (root instanceof MappingNode m) {
            return m.getValue().stream().map(t -> t.getValueNode()).filter(v -> v instanceof SequenceNode)
                    .findFirst().map(YamlFile::items).orElse(List.of());
        }
        return List.of();
    }

    /** Header key jobcenter= (one id or several, comma-separated) must name existing Jobcenter. */
    public static void checkReferences(List<ContentFile> pages, Map<String, Integer> ids, List<Problem> out) {
        for (ContentFile page : pages) {
            if (page.header() == null || page.header().get("jobcenter") == null) {
                continue;
            }
            int line = page.header().lines().get("jobcenter");
            for (String id : TagChecker.tags(page.header().get("jobcenter"))) {
                if (!ids.containsKey(id)) {
                    out.add(Problem.error(page.file(), line, "Ein Jobcenter mit der Kennung \u201E" + id
                            + "\u201C gibt es in " + FILE + " nicht." + Suggest.hint(id, ids.keySet())
                            + " Schreiben Sie bei jobcenter= die Kennung, die dort bei \u201Eid:\u201C steht."));
                }
            }
        }
    }
}
