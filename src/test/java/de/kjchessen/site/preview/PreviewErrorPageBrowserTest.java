package de.kjchessen.site.preview;

import com.deque.html.axecore.results.Results;
import de.kjchessen.build.Report;
import de.kjchessen.build.SiteMode;
import de.kjchessen.build.preview.ErrorPage;
import de.kjchessen.build.preview.Handbook;
import de.kjchessen.build.preview.PreviewBuild;
import de.kjchessen.build.preview.PreviewPage;
import de.kjchessen.build.validate.ValidateSite;
import de.kjchessen.site.support.BrowserTest;
import de.kjchessen.site.support.Chromium;
import de.kjchessen.site.support.Screenshots;
import de.kjchessen.site.support.SiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's error page and its handbook as an editor sees them, in headless Chromium under the site's strict CSP:
 * a copy of the project broken in three places (an error of the header, an accessibility error, a Leichte Sprache
 * note), rendered by the preview's own classes with the real handbook and stylesheet. No axe violations, no
 * horizontal scrolling at 360 px, every message linked to an anchor that exists in the handbook. Screenshots at
 * 360 and 1280 px go to target/screenshots/ for people to look at.
 */
@BrowserTest
class PreviewErrorPageBrowserTest {

    static SiteServer server;
    static Chromium chromium;
    static ChromeDriver driver;
    static Report report;

    @BeforeAll
    static void start(Chromium shared, @TempDir Path temp) throws IOException {
        Path project = copyOfTheProject(temp.resolve("projekt"));
        replace(project.resolve("content/kontakt/index.md"), "date=", "date=1.");
        append(project.resolve("content/kontakt/index.md"), "\nMehr dazu [hier](/).\n");
        append(project.resolve("content/leichte-sprache/index.md"), "\nDas Job-Center zahlt Grundsicherungsgeld.\n");
        report = ValidateSite.validate(project);
        PreviewBuild.Result result = new PreviewBuild.Result(report.errors(SiteMode.PREVIEW),
                report.warnings(SiteMode.PREVIEW), List.of(), 0);
        Handbook handbook = Handbook.read(project);

        Path served = temp.resolve("vorschau");
        write(served.resolve("index.html"), ErrorPage.render(result, handbook));
        write(served.resolve("__vorschau/handbuch/index.html"), handbook.page());
        Files.copy(project.resolve("assets/css/site.css"), served.resolve("__vorschau/site.css"));
        Files.write(served.resolve("__vorschau/vorschau.css"), PreviewPage.previewCss());
        server = SiteServer.serve(served);
        chromium = shared;
        driver = shared.driver();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theBrokenCopyHasErrorsAndNotes() {
        assertTrue(report.errors(SiteMode.PREVIEW).size() >= 2, report.problems().toString());
        assertFalse(report.notes().isEmpty(), report.problems().toString());
    }

    @Test
    void errorPageAndHandbookHaveNoAccessibilityViolationsAndFit360Px() throws Exception {
        // axe-core put into each of the four loads by the browser, not sent over WebDriver for each
        try (AutoCloseable axe = chromium.preloadAxe()) {
            checkAtBothWidths();
        }
    }

    private void checkAtBothWidths() {
        for (int px : List.of(360, 1280)) {
            chromium.viewport(px, 900);
            for (String page : List.of("/", "/__vorschau/handbuch/")) {
                driver.get(server.origin() + page);
                Results axe = chromium.axe();
                assertEquals(List.of(), axe.getViolations().stream().map(r -> r.getId() + ": " + r.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).toList()).toList(), "Barrieren auf " + page + " bei " + px);
                assertEquals(List.of(), chromium.cspViolations(), "CSP-Verstöße auf " + page);
                long scroll = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
                assertTrue(scroll <= px, "waagerechtes Scrollen auf " + page + " bei " + px + " px: " + scroll);
                String color = (String) driver.executeScript(
                        "return getComputedStyle(document.querySelector('.kopf')).backgroundColor");
                assertFalse(color.equals("rgba(0, 0, 0, 0)"), "the site's stylesheet is applied on " + page);
                // the same load photographed: the whole error page; of the long handbook one screen at the
                // accessibility messages
                if (page.equals("/")) {
                    Screenshots.save("vorschau-fehler-" + px + ".png", chromium.screenshot(true));
                } else {
                    driver.executeScript("document.getElementById('barrierefreiheit').scrollIntoView()");
                    Screenshots.save("vorschau-handbuch-" + px + ".png", chromium.screenshot(false));
                }
            }
        }
    }

    @Test
    void everyMessageAndNoteLinksToAnAnchorOfTheHandbook() {
        driver.get(server.origin() + "/");
        List<WebElement> items = driver.findElements(By.cssSelector(".vorschau-meldungen li"));
        int expected = report.errors(SiteMode.PREVIEW).size() + report.warnings(SiteMode.PREVIEW).size();
        assertTrue(expected > 0, "die kaputte Kopie ergibt keine Meldung");
        assertEquals(expected, items.size());
        List<URI> targets = items.stream()
                .map(li -> URI.create(li.findElement(By.cssSelector("a[href^='/__vorschau/handbuch/#']")).getAttribute("href")))
                .toList();
        // every anchor on the handbook page, which is loaded once per address (not once per anchor)
        Map<String, List<URI>> byPage = targets.stream().collect(Collectors.groupingBy(
                t -> t.getScheme() + "://" + t.getRawAuthority() + t.getRawPath(), LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<URI>> page : byPage.entrySet()) {
            driver.get(page.getKey());
            for (URI target : page.getValue()) {
                assertEquals(Boolean.TRUE, driver.executeScript(
                        "return document.getElementById(decodeURIComponent(arguments[0])) !== null", target.getRawFragment()),
                        target.toString());
            }
        }
    }

    private static Path copyOfTheProject(Path to) throws IOException {
        Path project = Path.of("").toAbsolutePath();
        for (String folder : List.of("content", "data", "assets", "docs")) {
            Path from = project.resolve(folder);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.toList()) {
                    Path target = to.resolve(folder).resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return to;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
