package de.kjchessen.build.data;

import de.kjchessen.build.Problem;
import de.kjchessen.build.ProjectFiles;
import de.kjchessen.build.SiteUrls;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every YAML file under data/, parsed once (syntax errors reported with line and column). */
public final class DataFiles {

    private final Map<String, YamlFile> parsed = new LinkedHashMap<>();

    /** Reads and parses every data/*.yaml; a file with a syntax error is reported and left out. */
    public static DataFiles read(Path root, List<Problem> out) throws IOException {
        DataFiles data = new DataFiles();
        for (Path path : ProjectFiles.files(root.resolve("data"), ".yaml", ".yml")) {
            String file = ProjectFiles.relative(root, path);
            if (file.startsWith("data/schemas/")) {
                continue;
            }
            ProjectFiles.readUtf8(root, path, out)
                    .flatMap(text -> YamlFile.parse(file, text, out))
                    .ifPresent(yaml -> data.parsed.put(file, yaml));
        }
        return data;
    }

    public Optional<YamlFile> get(String file) {
        return Optional.ofNullable(parsed.get(file));
    }

    public Map<String, YamlFile> all() {
        return parsed;
    }

    /** Every "url:" value in a data file that points into the site must lead to a page (navigation, teasers). */
    public void checkLinks(SiteUrls urls, List<Problem> out) {
        parsed.forEach((file, yaml) -> visitUrls(yaml.root(), (node, value) -> {
            SiteUrls.resolve("/", value).filter(path -> !urls.exists(path)).ifPresent(path ->
                    out.add(Problem.error(file, YamlFile.line(node), "Die Adresse \u201E" + value + "\u201C führt zu "
                            + "keiner Seite dieser Website." + urls.closest(path).map(s -> " Meinten Sie \u201E" + s
                            + "\u201C?").orElse(" Prüfen Sie die Adresse: content/x/index.md hat die Adresse /x/."))));
        }));
    }

    private interface UrlVisitor {
        void visit(Node node, String value);
    }

    private static void visitUrls(Node node, UrlVisitor visitor) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("url")
                        && t.getValueNode() instanceof ScalarNode v && v.getValue().startsWith("/")) {
                    visitor.visit(v, v.getValue());
                }
                visitUrls(t.getValueNode(), visitor);
            }
        } else if (node instanceof SequenceNode s) {
            s.getValue().forEach(item -> visitUrls(item, visitor));
        }
    }
}
