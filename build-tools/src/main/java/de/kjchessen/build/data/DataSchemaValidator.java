package de.kjchessen.build.data;

import de.kjchessen.build.Problem;
import de.kjchessen.build.Suggest;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validates every data file {@code data/<name>.yaml} that has a schema {@code data/schemas/<name>.schema.json}
 * (JSON Schema 2020-12, checked by networknt json-schema-validator) and turns each schema error into an editor
 * message with the file line of the offending value: what is wrong, what is allowed, how to fix it.
 *
 * <p>Adding a schema for another data file needs no code: drop {@code data/schemas/<name>.schema.json} next to
 * the others. A property's {@code description} in the schema is shown as the fix hint, so write it for editors.
 */
public final class DataSchemaValidator {

    public static final String DATA = "data";
    public static final String SCHEMAS = "data/schemas";
    private static final String SUFFIX = ".schema.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final SchemaRegistry registry;

    public DataSchemaValidator() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.GERMAN)
                .build();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(config));
    }

    /**
     * Checks every data file that has a schema; a schema without its data file is an error too. Files with a
     * YAML syntax error are missing from {@code data} and were reported when it was read.
     */
    public void check(Path root, DataFiles data, List<Problem> out) throws IOException {
        Path schemas = root.resolve(SCHEMAS);
        if (!Files.isDirectory(schemas)) {
            return;
        }
        List<Path> schemaFiles;
        try (Stream<Path> s = Files.list(schemas)) {
            schemaFiles = s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
        for (Path schemaFile : schemaFiles) {
            String name = schemaFile.getFileName().toString();
            String dataRel = DATA + "/" + name.substring(0, name.length() - SUFFIX.length()) + ".yaml";
            if (!Files.isRegularFile(root.resolve(dataRel))) {
                out.add(Problem.error(dataRel, 0, "Die Datei fehlt; die Website braucht sie (ihr Schema ist "
                        + SCHEMAS + "/" + name + "). Stellen Sie sie aus der Versionsverwaltung wieder her: "
                        + "git checkout -- " + dataRel));
                continue;
            }
            Optional<YamlFile> yaml = data.get(dataRel);
            if (yaml.isPresent()) {
                check(yaml.get(), schemaFile, SCHEMAS + "/" + name, out);
            }
        }
    }

    /** Validates one parsed YAML file against one schema file. */
    public void check(YamlFile yaml, Path schemaFile, String schemaRel, List<Problem> out) throws IOException {
        JsonNode schemaJson;
        try {
            schemaJson = MAPPER.readTree(Files.readString(schemaFile));
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            out.add(Problem.error(schemaRel, line, "Das Schema ist kein gültiges JSON: " + e.getOriginalMessage()
                    + ". Das Schema pflegt die Technik; bitte dort melden."));
            return;
        }
        Schema schema = registry.getSchema(schemaJson);
        YamlJsonTree tree = YamlJsonTree.of(yaml.root());
        for (Error error : schema.validate(tree.json())) {
            out.add(problem(yaml.file(), tree, schemaJson, error));
        }
    }

    private static Problem problem(String file, YamlJsonTree tree, JsonNode schemaJson, Error error) {
        String at = error.getInstanceLocation().toString();
        Node node = tree.nodeAt(at);
        int line = node == null ? 0 : YamlFile.line(node);
        String keyword = error.getKeyword();
        String field = fieldName(error.getInstanceLocation());
        String value = node instanceof ScalarNode s ? s.getValue() : null;
        JsonNode rule = schemaNodeAt(schemaJson, error.getSchemaLocation().getFragment());
        String hint = description(schemaJson, error.getSchemaLocation().getFragment().getParent());
        String message = switch (keyword == null ? "" : keyword) {
            case "required" -> {
                String missing = String.valueOf(error.getArguments()[0]);
                String where = error.getInstanceLocation().getNameCount() > 0 ? " (Eintrag ab Zeile " + line + ")" : "";
                NodePath missingPath = error.getSchemaLocation().getFragment().getParent().append("properties").append(missing);
                String missingHint = description(schemaJson, missingPath);
                JsonNode missingType = schemaNodeAt(schemaJson, missingPath.append("type"));
                // "null" is only a way out where the schema allows it (unconfirmed facts), not for lists or sections.
                boolean nullable = missingType != null && missingType.toString().contains("\"null\"");
                yield "Das Pflichtfeld \"" + missing + "\" fehlt" + where + ". Ergänzen Sie die Zeile \""
                        + missing + ": …\"" + (nullable ? "; ist der Wert nicht bestätigt, schreiben Sie \"" + missing
                        + ": null\"." : ".") + suffix(missingHint);
            }
            case "additionalProperties" -> {
                String unknown = error.getProperty();
                line = tree.keyNode(at, unknown).map(YamlFile::line).orElse(line);
                List<String> known = propertyNames(rule == null ? null : schemaNodeAt(schemaJson,
                        error.getSchemaLocation().getFragment().getParent().append("properties")));
                yield "Das Feld \"" + unknown + "\" ist unbekannt." + Suggest.hint(unknown, known)
                        + " Erlaubt sind: " + quoteAll(known) + ".";
            }
            case "propertyNames" -> {
                String unknown = error.getProperty() != null ? error.getProperty() : field;
                line = tree.keyNode(at, unknown).map(YamlFile::line).orElse(line);
                List<String> known = enumValues(schemaNodeAt(schemaJson,
                        error.getSchemaLocation().getFragment().append("enum")));
                yield "Das Feld \"" + unknown + "\" ist hier unbekannt." + Suggest.hint(unknown, known)
                        + " Erlaubt sind: " + quoteAll(known) + ".";
            }
            case "enum", "const" -> {
                List<String> allowed = "enum".equals(keyword) ? enumValues(rule) : List.of(rule == null ? "" : rule.asString());
                String shown = value != null ? value : String.valueOf(error.getInstanceNode());
                yield "Feld \"" + field + "\" hat den Wert \"" + shown + "\"." + Suggest.hint(shown, allowed)
                        + " Erlaubt " + (allowed.size() == 1 ? "ist" : "sind") + ": " + quoteAll(allowed) + ".";
            }
            case "type" -> typeMessage(field, node, value, rule, hint);
            case "pattern" -> "Feld \"" + field + "\" hat den Wert \"" + value + "\" in falscher Schreibweise."
                    + suffix(hint);
            case "format" -> "Feld \"" + field + "\" hat den Wert \"" + value + "\"; das ist keine gültige "
                    + formatName(rule) + "." + suffix(hint);
            case "minLength" -> "Feld \"" + field + "\" ist zu kurz (\"" + value + "\"). Tragen Sie den "
                    + "vollständigen Wert ein oder schreiben Sie null, wenn er nicht bestätigt ist." + suffix(hint);
            case "minimum", "maximum" -> "Feld \"" + field + "\" hat den Wert " + value + "; erlaubt ist "
                    + ("minimum".equals(keyword) ? "mindestens " : "höchstens ") + (rule == null ? "" : rule.asString())
                    + "." + suffix(hint);
            case "minItems" -> "Die Liste \"" + field + "\" braucht mindestens " + (rule == null ? 1 : rule.asInt())
                    + " Eintrag/Einträge. Ergänzen Sie sie." + suffix(hint);
            default -> "Feld \"" + field + "\": " + error.getMessage() + "." + suffix(hint);
        };
        return Problem.error(file, line, message);
    }

    private static String typeMessage(String field, Node node, String value, JsonNode rule, String hint) {
        List<String> expected = new ArrayList<>();
        if (rule != null && rule.isArray()) {
            rule.forEach(t -> expected.add(t.asString()));
        } else if (rule != null) {
            expected.add(rule.asString());
        }
        String actual = typeName(node);
        if (expected.equals(List.of("null"))) {
            return "Feld \"" + field + "\" muss hier leer bleiben (null), es steht aber \"" + value + "\" darin."
                    + suffix(hint);
        }
        String wanted = expected.stream().filter(t -> !"null".equals(t)).map(DataSchemaValidator::typeWord)
                .collect(Collectors.joining(" oder "));
        String fix = "";
        if (expected.contains("string") && node instanceof ScalarNode && value != null) {
            fix = " Setzen Sie den Wert in Anführungszeichen: " + field + ": \"" + value + "\"";
        }
        return "Feld \"" + field + "\" hat den Wert \"" + (value == null ? "" : value) + "\" (" + actual + "); erwartet wird "
                + wanted + (expected.contains("null") ? " oder null (nicht bestätigt)" : "") + "." + fix
                + (fix.isEmpty() ? "" : ".") + suffix(hint);
    }

    private static String typeName(Node node) {
        if (node instanceof ScalarNode s) {
            String tag = s.getTag().getValue();
            if (tag.endsWith(":int") || tag.endsWith(":float")) {
                return "eine Zahl";
            }
            if (tag.endsWith(":bool")) {
                return "ja/nein";
            }
            if (tag.endsWith(":null")) {
                return "leer";
            }
            return "ein Text";
        }
        return node instanceof org.yaml.snakeyaml.nodes.SequenceNode ? "eine Liste" : "eine Gruppe von Feldern";
    }

    private static String typeWord(String jsonType) {
        return switch (jsonType) {
            case "string" -> "ein Text";
            case "integer" -> "eine ganze Zahl";
            case "number" -> "eine Zahl";
            case "boolean" -> "true oder false";
            case "array" -> "eine Liste (Zeilen mit \"- \")";
            case "object" -> "eine Gruppe von Feldern";
            default -> jsonType;
        };
    }

    private static String formatName(JsonNode rule) {
        String f = rule == null ? "" : rule.asString();
        return switch (f) {
            case "uri" -> "Internetadresse (beginnt mit https://)";
            case "email" -> "E-Mail-Adresse (name@beispiel.de)";
            case "date" -> "Datumsangabe (JJJJ-MM-TT)";
            default -> "Angabe im Format " + f;
        };
    }

    /** The instance's own key, or for an array item "name[n]" with n counted from 1 as editors count. */
    static String fieldName(NodePath path) {
        int n = path.getNameCount();
        if (n == 0) {
            return "(Datei)";
        }
        Object last = path.getElement(n - 1);
        if (last instanceof Integer i) {
            return n > 1 ? path.getName(n - 2) + "[" + (i + 1) + "]" : "[" + (i + 1) + "]";
        }
        return String.valueOf(last);
    }

    private static JsonNode schemaNodeAt(JsonNode schema, NodePath fragment) {
        JsonNode n = schema;
        for (int i = 0; i < fragment.getNameCount() && n != null; i++) {
            Object e = fragment.getElement(i);
            n = e instanceof Integer idx ? n.get(idx) : n.get(String.valueOf(e));
        }
        return n;
    }

    private static String description(JsonNode schema, NodePath fragment) {
        JsonNode n = fragment == null ? null : schemaNodeAt(schema, fragment);
        JsonNode d = n == null ? null : n.get("description");
        return d == null ? "" : d.asString();
    }

    private static List<String> propertyNames(JsonNode properties) {
        List<String> names = new ArrayList<>();
        if (properties != null) {
            properties.propertyNames().forEach(names::add);
        }
        return names;
    }

    private static List<String> enumValues(JsonNode values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> out.add(v.asString()));
        }
        return out;
    }

    private static String quoteAll(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
    }

    private static String suffix(String hint) {
        return hint == null || hint.isBlank() ? "" : " " + hint;
    }
}
