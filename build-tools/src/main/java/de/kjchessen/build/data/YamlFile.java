package de.kjchessen.build.data;

import de.kjchessen.build.Problem;

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
            // compose() builds the node tree without SnakeYAML's duplicate-key check: do it here.
            Optional<ScalarNode> duplicate = firstDuplicateKey(root);
            if (duplicate.isPresent()) {
                out.add(syntaxProblem(file, duplicate.get().getStartMark(),
                        "der Schlüssel \u201E" + duplicate.get().getValue() + "\u201C kommt doppelt vor"));
                return Optional.empty();
            }
            return Optional.of(new YamlFile(file, root));
        } catch (MarkedYAMLException e) {
            // An unclosed quote is found only at the end of the file: name the line where the quote opens.
            if (e.getContext() != null && e.getContext().contains("quoted scalar") && e.getContextMark() != null) {
                out.add(syntaxProblem(file, e.getContextMark(), UNCLOSED_QUOTE));
                return Optional.empty();
            }
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            // A quoted text may run over several lines in YAML, so a quote left open is closed by the next quote further
            // down and the error surfaces there ("Einrückung" at a line the editor never touched): name the opening.
            Optional<int[]> opened = mark == null ? Optional.empty() : quoteLeftOpen(text, mark.getLine());
            if (opened.isPresent()) {
                out.add(Problem.error(file, opened.get()[0] + 1, "Die YAML-Schreibweise ist fehlerhaft (Spalte "
                        + (opened.get()[1] + 1) + "): " + UNCLOSED_QUOTE + ". " + ADVICE));
                return Optional.empty();
            }
            out.add(syntaxProblem(file, mark, translate(e.getProblem())));
            return Optional.empty();
        }
    }

    private static final String UNCLOSED_QUOTE = "hier beginnt ein Text in Anführungszeichen, der nicht geschlossen wird "
            + "(das schließende Anführungszeichen fehlt)";
    private static final String ADVICE = "Prüfen Sie Einrückung (nur Leerzeichen, je Ebene zwei), "
            + "Doppelpunkt mit Leerzeichen danach und Anführungszeichen um Texte mit Doppelpunkt.";
    /** A value that starts with a quote: after "key: " or "- ", up to the end of the line (comments included). */
    private static final java.util.regex.Pattern QUOTED_VALUE =
            java.util.regex.Pattern.compile("^\\s*(?:-\\s+)?(?:[^\\s#\"'][^:#]*:\\s+|-\\s+)([\"'])(.*)$");

    private static Problem syntaxProblem(String file, Mark mark, String what) {
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        return Problem.error(file, line, "Die YAML-Schreibweise ist fehlerhaft (Spalte " + column + "): " + what + ". " + ADVICE);
    }

    /**
     * The last line before {@code errorLine} (0-based) whose value opens a quote that the line does not close, with the
     * quote's column. Our data files keep every quoted text on one line, so such a line is where the editor's fault is.
     */
    static Optional<int[]> quoteLeftOpen(String text, int errorLine) {
        String[] lines = text.split("\\R", -1);
        for (int i = Math.min(errorLine, lines.length) - 1; i >= 0; i--) {
            java.util.regex.Matcher m = QUOTED_VALUE.matcher(lines[i]);
            if (m.matches() && !closes(m.group(2), m.group(1).charAt(0))) {
                return Optional.of(new int[] {i, m.start(1)});
            }
        }
        return Optional.empty();
    }

    /** Whether the rest of a line after an opening quote holds its closing quote (YAML's escapes: \" and ''). */
    private static boolean closes(String rest, char quote) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < rest.length() && rest.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<ScalarNode> firstDuplicateKey(Node node) {
        if (node instanceof MappingNode m) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && !seen.add(k.getValue())) {
                    return Optional.of(k);
                }
                Optional<ScalarNode> inner = firstDuplicateKey(t.getValueNode());
                if (inner.isPresent()) {
                    return inner;
                }
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                Optional<ScalarNode> inner = firstDuplicateKey(item);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    private static String translate(String problem) {
        if (problem == null) {
            return "unbekannter Fehler";
        }
        java.util.regex.Matcher duplicate = java.util.regex.Pattern.compile("found duplicate key (.*)").matcher(problem);
        if (duplicate.find()) {
            return "der Schlüssel \u201E" + duplicate.group(1).strip() + "\u201C kommt doppelt vor";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "ein Doppelpunkt steht an einer Stelle, an der kein neuer Schlüssel beginnen kann (meist ist die "
                    + "Zeile zu weit eingerückt oder ein Text mit Doppelpunkt steht ohne Anführungszeichen)";
        }
        if (problem.contains("expected <block end>")) {
            return "die Einrückung passt nicht zur Zeile davor";
        }
        if (problem.contains("found character '\\t")) {
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
