package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu) as a library: every generated HTML page and
 * every stylesheet must have 0 errors. Schemas are bundled in the jar, so it runs offline. Warnings do not
 * fail the gate. One instance is reused for all files (building the schema costs about a second).
 */
public final class NuChecker {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static NuChecker shared;

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    /** One checker for the whole test run (tests run one after another in one JVM). */
    public static synchronized NuChecker shared() {
        if (shared == null) {
            shared = new NuChecker();
        }
        return shared;
    }

    public NuChecker() {
        try {
            // its own quiet log4j set-up, no URL logging, no language detection (the pages say lang="de")
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(HTML_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("Nu Html Checker konnte nicht starten: " + e.getMessage(), e);
        }
    }

    /**
     * Every .html file, every stylesheet a page loads and every .css under css/ (ours). Stylesheets that a
     * tool merely ships alongside (e.g. unused UI variants in /pagefind/) are not served to anyone.
     */
    public List<Fault> check(GeneratedSite site) {
        Set<String> stylesheets = PageBudget.stylesheets(site);
        List<Fault> faults = new ArrayList<>();
        for (Path file : site.allFiles()) {
            String rel = site.relative(file);
            if (rel.endsWith(".html")) {
                faults.addAll(checkHtml(file, rel));
            } else if (rel.endsWith(".css") && (rel.startsWith("css/") || stylesheets.contains(rel))) {
                faults.addAll(checkCss(file, rel));
            }
        }
        return faults;
    }

    public List<Fault> checkHtml(Path file, String name) {
        collector.begin(name, 0, "HTML");
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (IOException | org.xml.sax.SAXException e) {
            collector.faults.add(new Fault(name, 0, "Die Datei konnte nicht geprüft werden: " + e.getMessage()));
        }
        return collector.end();
    }

    public List<Fault> checkCss(Path file, String name) {
        // the checker wraps CSS in a one-line HTML prolog, so its line numbers are one too high
        collector.begin(name, -1, "CSS");
        try {
            validator.checkCssFile(file.toFile(), true);
        } catch (IOException | org.xml.sax.SAXException e) {
            collector.faults.add(new Fault(name, 0, "Die Datei konnte nicht geprüft werden: " + e.getMessage()));
        }
        return collector.end();
    }

    /** Receives the checker's findings for the file being checked. */
    private static final class Collector implements ErrorHandler {
        private String name;
        private int lineOffset;
        private String kind;
        private List<Fault> faults = new ArrayList<>();

        void begin(String name, int lineOffset, String kind) {
            this.name = name;
            this.lineOffset = lineOffset;
            this.kind = kind;
            this.faults = new ArrayList<>();
        }

        List<Fault> end() {
            return faults;
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings are advice, not errors: they do not fail the build
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e);
        }

        private void add(SAXParseException e) {
            int line = Math.max(0, e.getLineNumber() + lineOffset);
            faults.add(new Fault(name, line, kind + " ist ungültig (Nu Html Checker): " + e.getMessage()
                    + " Die Ursache liegt meist in der Vorlage (templates/) oder in HTML im Markdown."));
        }
    }
}
