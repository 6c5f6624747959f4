package de.kjchessen.build.validate;

import de.kjchessen.build.Problem;
import de.kjchessen.build.data.YamlFile;

import org.yaml.snakeyaml.nodes.Node;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the legal facts in data/site.yaml: the operator (Impressum, § 5 DDG, § 18 Abs. 2 MStV) and the facts the
 * Datenschutzerklärung needs (Art. 13 DSGVO). An empty required fact is shown as a notice in the preview and stops
 * the publish build; the pages show it as "nicht bestätigt", never as an invented value.
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
    /** Required facts under "datenschutz" for the Datenschutzerklärung. */
    public static final Map<String, String> PRIVACY_FACTS = Map.of(
            "verantwortlicher", "Name und Anschrift der Verantwortlichen nach Art. 13 DSGVO",
            "datenschutzbeauftragter", "Kontakt der oder des Datenschutzbeauftragten",
            "hosting_anbieter", "Hosting-Anbieter als Auftragsverarbeiter",
            "hosting_standort", "Land, in dem der Webserver steht",
            "server_log_tage", "Tage, nach denen die Zugriffsprotokolle gelöscht werden");
    /** Each section of data/site.yaml with required facts, in the order of the file. */
    private static final Map<String, Map<String, String>> SECTIONS = Map.of("betreiber", LEGAL_FACTS,
            "datenschutz", PRIVACY_FACTS);

    private SiteDataChecker() {
    }

    public static void check(YamlFile yaml, List<Problem> out) {
        for (String section : List.of("betreiber", "datenschutz")) {
            Optional<Node> node = YamlFile.get(yaml.root(), section);
            if (node.isEmpty()) {
                continue; // data/schemas/site.schema.json reports the missing section
            }
            SECTIONS.get(section).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(fact -> {
                Optional<Node> value = YamlFile.get(node.get(), fact.getKey());
                String text = value.map(YamlFile::text).orElse(null);
                if (text == null || text.isBlank()) {
                    int line = value.map(YamlFile::line).orElse(YamlFile.line(node.get()));
                    out.add(Problem.publishOnly(FILE, line, "Die Pflichtangabe \u201E" + section + "." + fact.getKey()
                            + "\u201C (" + fact.getValue() + ") ist leer. Tragen Sie den bestätigten Wert ein; "
                            + "ohne ihn darf die Website nicht veröffentlicht werden."));
                }
            });
        }
    }
}
