package de.kjchessen.build;

import org.yaml.snakeyaml.nodes.Node;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the legal facts of the operator in data/site.yaml (Impressum § 5 DDG, § 18 Abs. 2 MStV).
 * An empty required fact is shown as a notice in the preview and stops the publish build.
 */
public final class SiteDataChecker {

    public static final String FILE = "data/site.yaml";
    /** Required legal facts under "betreiber", with the German name editors know. */
    public static final Map<String, String> LEGAL_FACTS = Map.of(
            "herausgeber", "Herausgeber (Name der Stelle, die die Website betreibt)",
            "anschrift", "ladungsfähige Anschrift des Herausgebers",
            "vertreten_durch", "vertretungsberechtigte Person",
            "verantwortlich", "Verantwortliche Person nach § 18 Abs. 2 MStV",
            "email", "E-Mail-Adresse für Kontakt und Barriere-Meldungen");

    private SiteDataChecker() {
    }

    public static void check(YamlFile yaml, List<Problem> out) {
        Optional<Node> betreiber = YamlFile.get(yaml.root(), "betreiber");
        if (betreiber.isEmpty()) {
            return; // data/schemas/site.schema.json reports the missing section
        }
        LEGAL_FACTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(fact -> {
            Optional<Node> value = YamlFile.get(betreiber.get(), fact.getKey());
            String text = value.map(YamlFile::text).orElse(null);
            if (text == null || text.isBlank()) {
                int line = value.map(YamlFile::line).orElse(YamlFile.line(betreiber.get()));
                out.add(Problem.publishOnly(FILE, line, "Die Pflichtangabe \u201Ebetreiber." + fact.getKey()
                        + "\u201C (" + fact.getValue() + ") ist leer. Tragen Sie den bestätigten Wert ein; "
                        + "ohne ihn darf die Website nicht veröffentlicht werden."));
            }
        });
    }
}
