package de.kjchessen.build;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * A YAML data file read as a node tree, so that every value keeps its line number for editor messages.
 * Syntax errors become a {@link Problem} with line and column instead of a stack trace.
 */
public final class YamlFile {

    private final String file;
    private final Node root;

    private YamlFile(String file, Node root) {
        this.file = file;
        this.root = root;
    }

    /** Parses {@code text}; on a syntax error adds a German problem to {@code out} and returns empty. */
    public static Optional<YamlFile> parse(String file, String text, List<Problem> out) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new Yaml(options).compose(new StringReader(text));
            return Optional.of(new YamlFile(file, root));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            out.add(Problem.error(file, line, "Die YAML-Schreibweise ist fehlerhaft (Spalte " + column + "): "
                    + translate(e.getProblem()) + ". Prüfen Sie Einrückung (nur Leerzeichen, je Ebene zwei), "
                    + "Doppelpunkt mit Leerzeichen danach und Anführungszeichen um Texte mit Doppelpunkt."));
            return Optional.empty();
        }
    }

    private static String translate(String problem) {
        if (problem == null) {
            return "unbekannter Fehler";
        }
        if (problem.contains("found duplicate key")) {
            return "ein Schlüssel kommt doppelt vor (" + problem + ")";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "ein Doppelpunkt steht an einer Stelle, an der kein neuer Schlüssel beginnen kann";
        }
        if (problem.contains("expected <block end>")) {
            return "die Einrückung passt nicht zur Zeile davor";
        }
        if (problem.contains("found character '\\t'")) {
            return "ein Tabulatorzeichen wurde gefunden (nur Leerzeichen sind erlaubt)";
        }
        return problem;
    }

    public String file() {
        return file;
    }

    public Node root() {
        return root;
    }

    /** 1-based line of a node. */
    public static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The value node of {@code key} in a mapping, if present. */
    public static Optional<Node> get(Node mapping, String key) {
        return tuple(mapping, key).map(NodeTuple::getValueNode);
    }

    public static Optional<NodeTuple> tuple(Node mapping, String key) {
        if (!(mapping instanceof MappingNode m)) {
            return Optional.empty();
        }
        return m.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                .findFirst();
    }

    /** Scalar text of a node, or null for a YAML null / non-scalar. */
    public static String text(Node node) {
        if (node instanceof ScalarNode s && !s.getTag().getValue().endsWith(":null")) {
            return s.getValue();
        }
        return null;
    }

    public static List<Node> items(Node node) {
        return node instanceof SequenceNode s ? s.getValue() : List.of();
    }
}
