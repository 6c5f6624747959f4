package de.kjchessen.build.data;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML node tree as a JSON tree for schema validation, with every value's YAML node kept under its JSON
 * Pointer ("/jobcenter/3/ags"), so that a schema error at a pointer can name the editor's file line.
 * Scalars keep the type YAML resolved: {@code ags: 06411} is a number (and so fails a string schema),
 * {@code ags: "06411"} is text.
 */
public record YamlJsonTree(JsonNode json, Map<String, Node> nodes) {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public static YamlJsonTree of(Node root) {
        Map<String, Node> nodes = new HashMap<>();
        JsonNode json = root == null ? JSON.nullNode() : convert(root, "", nodes);
        return new YamlJsonTree(json, nodes);
    }

    /** The YAML node at a JSON Pointer, or the nearest ancestor that exists. */
    public Node nodeAt(String pointer) {
        String p = pointer;
        while (true) {
            Node n = nodes.get(p);
            if (n != null || p.isEmpty()) {
                return n;
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }

    /** The key node of {@code key} in the mapping at {@code pointer}, for "unknown field" messages. */
    public Optional<Node> keyNode(String pointer, String key) {
        return YamlFile.tuple(nodes.get(pointer), key).map(NodeTuple::getKeyNode);
    }

    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode convert(Node node, String pointer, Map<String, Node> nodes) {
        nodes.put(pointer, node);
        if (node instanceof MappingNode m) {
            ObjectNode object = JSON.objectNode();
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(t.getKeyNode());
                object.set(key, convert(t.getValueNode(), pointer + "/" + escape(key), nodes));
            }
            return object;
        }
        if (node instanceof SequenceNode s) {
            ArrayNode array = JSON.arrayNode();
            for (int i = 0; i < s.getValue().size(); i++) {
                array.add(convert(s.getValue().get(i), pointer + "/" + i, nodes));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private static JsonNode scalar(ScalarNode s) {
        Tag tag = s.getTag();
        String v = s.getValue();
        try {
            if (Tag.NULL.equals(tag)) {
                return JSON.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                return JSON.booleanNode(v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on"));
            }
            if (Tag.INT.equals(tag)) {
                return JSON.numberNode(parseYamlInt(v));
            }
            if (Tag.FLOAT.equals(tag)) {
                return JSON.numberNode(new BigDecimal(v.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            return JSON.textNode(v); // .inf, .nan, sexagesimal: leave as text; the schema will say what it wants
        }
        return JSON.textNode(v);
    }

    /** YAML 1.1 integers as SnakeYAML reads them: 0x.., 0b.., a leading 0 is octal (so 06411 is 3337). */
    private static BigInteger parseYamlInt(String v) {
        String s = v.replace("_", "");
        int sign = 1;
        if (s.startsWith("-") || s.startsWith("+")) {
            sign = s.startsWith("-") ? -1 : 1;
            s = s.substring(1);
        }
        BigInteger n;
        if (s.startsWith("0x")) {
            n = new BigInteger(s.substring(2), 16);
        } else if (s.startsWith("0b")) {
            n = new BigInteger(s.substring(2), 2);
        } else if (s.length() > 1 && s.startsWith("0")) {
            n = new BigInteger(s.substring(1), 8);
        } else {
            n = new BigInteger(s);
        }
        return sign < 0 ? n.negate() : n;
    }
}
