package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Project;
import de.kjchessen.site.support.Selections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gates that read the generated files without a browser: validity, inline code, foreign hosts, budget, contrast. */
class SiteValidityTest {

    static GeneratedSite site;

    @BeforeAll
    static void load() {
        site = GeneratedSite.built();
    }

    @Test
    void everyPageAndStylesheetIsValidForTheNuHtmlChecker() {
        assertTrue(site.allFiles().stream().anyMatch(f -> f.toString().endsWith(".css")), "kein Stylesheet gefunden");
        Fault.assertNone(NuChecker.shared().check(site));
    }

    @Test
    void noInlineScriptNoStyleAttributeSoAStrictCspWorks() {
        Fault.assertNone(InlineCodeCheck.check(site));
    }

    @Test
    void nothingIsLoadedFromAnotherHost() {
        Fault.assertNone(ForeignRequestCheck.check(site));
    }

    @Test
    void everyPageWithItsCssAndJsStaysWithin60Kb() {
        List<PageBudget.Weight> weights = Selections.nonEmpty(PageBudget.weigh(site), "keine Seite gewogen");
        weights.stream().max(Comparator.comparingLong(PageBudget.Weight::total)).ifPresent(w ->
                System.out.println("Größte Seite: " + w.page() + " mit " + w.total() + " Bytes (HTML " + w.html()
                        + ", CSS " + w.css() + ", JS " + w.js() + ")"));
        assertTrue(weights.stream().allMatch(w -> w.css() > 0), "eine Seite lädt kein Stylesheet");
        Fault.assertNone(PageBudget.check(site));
    }

    @Test
    void everyTextAndBackgroundPairOfTheDesignTokensHasContrast45() throws Exception {
        Path css = Project.DIR.resolve("assets/css/site.css");
        TokenContrast.Result result = TokenContrast.check("assets/css/site.css", Files.readString(css, StandardCharsets.UTF_8));
        System.out.println("Kontrast der Design-Tokens:\n  " + result.pairs().stream().map(Object::toString)
                .collect(Collectors.joining("\n  ")));
        assertTrue(result.pairs().stream().anyMatch(p -> p.text().equals("--farbe-text")
                && p.background().equals("--farbe-hintergrund")), "Grundpaar Text/Hintergrund nicht gefunden");
        Fault.assertNone(result.faults());
    }
}
