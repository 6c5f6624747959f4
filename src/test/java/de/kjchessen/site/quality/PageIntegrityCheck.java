package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** No output page may be empty or carry Freemarker's error text (JBake's DEBUG handler writes it into the page). */
public final class PageIntegrityCheck {

    private static final Pattern TEMPLATE_ERROR = Pattern.compile(
            "FreeMarker template error|freemarker\\.core\\.|InvalidReferenceException|Failed at: \\$\\{|"
                    + "The following has evaluated to null or missing");

    private PageIntegrityCheck() {
    }

    public static List<Fault> check(GeneratedSite site) {
        List<Fault> faults = new ArrayList<>();
        for (Path file : site.allFiles()) {
            String rel = site.relative(file);
            if (!(rel.endsWith(".html") || rel.endsWith(".xml") || rel.endsWith(".css") || rel.endsWith(".js"))) {
                continue;
            }
            try {
                if (Files.size(file) == 0) {
                    faults.add(new Fault(rel, 0, "Die Datei ist leer. Meist fehlt die Vorlage oder sie hat eine "
                            + "falsche Endung (Vorlagen enden auf .ftl)."));
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                var m = TEMPLATE_ERROR.matcher(text);
                if (m.find()) {
                    int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    faults.add(new Fault(rel, line, "Die Seite enthält eine Fehlermeldung der Vorlage (\""
                            + m.group() + "\"). Die Vorlage greift auf eine fehlende Angabe zu."));
                } else if (rel.endsWith(".html") && text.strip().isEmpty()) {
                    faults.add(new Fault(rel, 0, "Die Seite enthält nur Leerzeichen."));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return faults;
    }
}
