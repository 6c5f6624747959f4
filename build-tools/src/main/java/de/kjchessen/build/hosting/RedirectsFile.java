package de.kjchessen.build.hosting;

import de.kjchessen.build.Problem;
import de.kjchessen.build.SiteUrls;
import de.kjchessen.build.Suggest;
import de.kjchessen.build.data.YamlFile;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads data/redirects.yaml, the list of old addresses the Redaktion maintains, and reports every mistake
 * in the editors' message format. Checks that need the baked site (does the target page exist?) are in
 * {@link RedirectTargets}.
 */
public final class RedirectsFile {

    public static final String FILE = "data/redirects.yaml";
    private static final String LIST = "weiterleitungen";
    private static final Set<String> KEYS = Set.of("von", "nach");
    private static final String EXAMPLE = " Beispiel:\n    weiterleitungen:\n      - von: /alte-seite.html\n        nach: /ueber-uns/";

    private RedirectsFile() {
    }

    /** Loads and checks the file; returns the valid entries (problems go to {@code out}). A missing file means no redirects. */
    public static List<Redirect> load(Path projectRoot, List<Problem> out) throws IOException {
        Path file = projectRoot.resolve(FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            out.add(Problem.error(FILE, 0, "Die Datei ist nicht in UTF-8 gespeichert. Speichern Sie sie in Ihrem "
                    + "Editor mit der Kodierung \u201EUTF-8\u201C."));
            return List.of();
        }
        return YamlFile.parse(FILE, text, out).map(yaml -> parse(yaml, out, out)).orElse(List.of());
    }

    /**
     * Before the bake (ValidateSite): structure, the rules across entries (duplicates, loops, chains) and "does the
     * target page exist?" against the addresses the content will produce, with a "Meinten Sie …?" hint. YAML syntax
     * errors were reported by DataFiles (then {@code yaml} is empty). After the bake {@link RedirectTargets} checks the
     * real files. No JSON schema on purpose: for one typo in a key it reports two errors (unknown key and missing
     * key) and its "write null" hint is wrong here; this checker reports each mistake once.
     */
    public static void validate(Optional<YamlFile> yaml, SiteUrls urls, List<Problem> out) {
        if (yaml.isEmpty()) {
            return;
        }
        for (Redirect r : parse(yaml.get(), out, out)) {
            if (!r.internalTarget()) {
                continue;
            }
            SiteUrls.resolve("/", r.to()).filter(path -> !urls.exists(path)).ifPresent(path ->
                    out.add(Problem.error(FILE, r.toLine(), "Das Ziel \u201E" + r.to() + "\u201C führt zu keiner Seite "
                            + "dieser Website." + urls.closest(path).map(x -> " Meinten Sie \u201E" + x + "\u201C?")
                            .orElse(" Tragen Sie die Adresse einer vorhandenen Seite ein (content/x/index.md hat die Adresse /x/)."))));
        }
    }

    /** Structural mistakes go to {@code structure}, mistakes across entries to {@code out}. */
    static List<Redirect> parse(YamlFile yaml, List<Problem> structure, List<Problem> out) {
        Node root = yaml.root();
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof MappingNode) || YamlFile.get(root, LIST).isEmpty()) {
            structure.add(Problem.error(FILE, YamlFile.line(root), "Die Liste \u201E" + LIST + ":\u201C fehlt. "
                    + "Die Datei beginnt mit \u201E" + LIST + ":\u201C, darunter je Weiterleitung ein Eintrag." + EXAMPLE));
            return List.of();
        }
        Node list = YamlFile.get(root, LIST).get();
        if (list instanceof ScalarNode s && s.getTag().getValue().endsWith(":null")) {
            return List.of();
        }
        if (!(list instanceof SequenceNode)) {
            structure.add(Problem.error(FILE, YamlFile.line(list), "Unter \u201E" + LIST + ":\u201C muss eine Liste stehen "
                    + "(jeder Eintrag beginnt mit \u201E- von:\u201C)." + EXAMPLE));
            return List.of();
        }
        List<Redirect> redirects = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node item : YamlFile.items(list)) {
            entry(item, structure).ifPresent(r -> {
                Integer first = seen.putIfAbsent(r.from(), r.line());
                if (first != null) {
                    out.add(Problem.error(FILE, r.line(), "Die alte Adresse \u201E" + r.from() + "\u201C steht schon in "
                            + "Zeile " + first + ". Jede alte Adresse darf nur einmal vorkommen; löschen Sie einen der Einträge."));
                } else {
                    redirects.add(r);
                }
            });
        }
        Map<String, Redirect> byFrom = new HashMap<>();
        redirects.forEach(r -> byFrom.put(r.path(), r));
        List<Redirect> valid = new ArrayList<>();
        for (Redirect r : redirects) {
            String target = r.internalTarget() ? stripQueryAndFragment(r.to()) : null;
            if (target != null && target.equals(r.path())) {
                out.add(Problem.error(FILE, r.line(), "Die Weiterleitung führt auf sich selbst (\u201E" + r.to()
                        + "\u201C). Tragen Sie bei \u201Enach:\u201C die neue Adresse ein."));
            } else if (target != null && byFrom.containsKey(target) && byFrom.get(target).query() == null) {
                Redirect next = byFrom.get(target);
                out.add(Problem.error(FILE, r.line(), "\u201E" + r.to() + "\u201C ist selbst eine alte Adresse "
                        + "(Zeile " + next.line() + "). Tragen Sie bei \u201Enach:\u201C direkt das Ziel \u201E"
                        + next.to() + "\u201C ein, damit Besucher nicht zweimal umgeleitet werden."));
            } else {
                valid.add(r);
            }
        }
        return valid;
    }

    private static java.util.Optional<Redirect> entry(Node item, List<Problem> out) {
        int line = YamlFile.line(item);
        if (!(item instanceof MappingNode mapping)) {
            out.add(Problem.error(FILE, line, "Jeder Eintrag braucht \u201Evon:\u201C und \u201Enach:\u201C." + EXAMPLE));
            return java.util.Optional.empty();
        }
        boolean ok = true;
        for (NodeTuple t : mapping.getValue()) {
            String key = YamlFile.text(t.getKeyNode());
            if (key == null || !KEYS.contains(key)) {
                out.add(Problem.error(FILE, YamlFile.line(t.getKeyNode()), "Unbekannte Angabe \u201E" + key + "\u201C."
                        + Suggest.hint(String.valueOf(key), KEYS) + " Erlaubt sind: von, nach."));
                ok = false;
            }
        }
        if (!ok) {
            return java.util.Optional.empty(); // a misspelt "nach" is one mistake, not also a missing "nach"
        }
        String from = value(mapping, "von", line, out);
        String to = value(mapping, "nach", line, out);
        if (from == null || to == null) {
            return java.util.Optional.empty();
        }
        int fromLine = YamlFile.get(mapping, "von").map(YamlFile::line).orElse(line);
        int toLine = YamlFile.get(mapping, "nach").map(YamlFile::line).orElse(line);
        String error = fromError(from);
        if (error != null) {
            out.add(Problem.error(FILE, fromLine, error));
            return java.util.Optional.empty();
        }
        error = toError(to);
        if (error != null) {
            out.add(Problem.error(FILE, toLine, error));
            return java.util.Optional.empty();
        }
        int q = from.indexOf('?');
        String path = decode(q < 0 ? from : from.substring(0, q));
        String query = q < 0 ? null : from.substring(q + 1);
        return java.util.Optional.of(new Redirect(path, query, to, fromLine, toLine));
    }

    private static String value(MappingNode mapping, String key, int line, List<Problem> out) {
        var node = YamlFile.get(mapping, key);
        String text = node.map(YamlFile::text).map(String::strip).orElse(null);
        if (text == null || text.isEmpty()) {
            out.add(Problem.error(FILE, node.map(YamlFile::line).orElse(line), "Die Angabe \u201E" + key + ":\u201C fehlt "
                    + "oder ist leer. Jeder Eintrag braucht die alte Adresse (von) und die neue (nach)." + EXAMPLE));
            return null;
        }
        return text;
    }

    static String fromError(String from) {
        if (from.startsWith("http://") || from.startsWith("https://")) {
            return "Bei \u201Evon:\u201C steht eine vollständige Adresse (\u201E" + from + "\u201C). Schreiben Sie nur den Pfad "
                    + "ab dem ersten Schrägstrich nach dem Domainnamen, zum Beispiel \u201E/alte-seite.html\u201C.";
        }
        if (!from.startsWith("/") || from.startsWith("//")) {
            return "Die alte Adresse \u201E" + from + "\u201C muss mit genau einem Schrägstrich beginnen, zum Beispiel "
                    + "\u201E/alte-seite.html\u201C.";
        }
        if (from.equals("/")) {
            return "Die Startseite \u201E/\u201C kann nicht weitergeleitet werden. Löschen Sie den Eintrag.";
        }
        if (from.chars().anyMatch(c -> Character.isWhitespace(c) || c == '#' || c == '"' || c == '\\' || c < 32)) {
            return "Die alte Adresse \u201E" + from + "\u201C enthält ein Leerzeichen, \u201E#\u201C, \u201E\\\u201C oder "
                    + "Anführungszeichen. Kopieren Sie die Adresse aus der Adresszeile des Browsers (Leerzeichen stehen dort als %20).";
        }
        try {
            decode(from);
        } catch (IllegalArgumentException e) {
            return "Die alte Adresse \u201E" + from + "\u201C enthält ein ungültiges %-Zeichen. Kopieren Sie die Adresse "
                    + "aus der Adresszeile des Browsers.";
        }
        return null;
    }

    static String toError(String to) {
        if (to.startsWith("http://")) {
            return "Das Ziel \u201E" + to + "\u201C ist unverschlüsselt (http). Verwenden Sie \u201Ehttps://\u201C.";
        }
        if (to.startsWith("https://")) {
            try {
                URI uri = new URI(to);
                return uri.getHost() == null ? "Das Ziel \u201E" + to + "\u201C ist keine gültige Adresse." : null;
            } catch (URISyntaxException e) {
                return "Das Ziel \u201E" + to + "\u201C ist keine gültige Adresse (" + e.getReason() + ").";
            }
        }
        if (!to.startsWith("/") || to.startsWith("//")) {
            return "Das Ziel \u201E" + to + "\u201C muss eine Seite dieser Website sein, die mit \u201E/\u201C beginnt "
                    + "(zum Beispiel \u201E/ueber-uns/\u201C), oder eine Adresse mit \u201Ehttps://\u201C.";
        }
        if (to.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\\' || c < 32)) {
            return "Das Ziel \u201E" + to + "\u201C enthält ein Leerzeichen, \u201E\\\u201C oder Anführungszeichen.";
        }
        return null;
    }

    static String stripQueryAndFragment(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return url.substring(0, cut);
    }

    /** Percent-decoding of a path ("+" stays "+"), as Apache does before matching. */
    static String decode(String path) {
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
