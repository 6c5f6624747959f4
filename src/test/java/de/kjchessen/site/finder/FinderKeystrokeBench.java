package de.kjchessen.site.finder;

import de.kjchessen.site.support.BrowserTest;
import de.kjchessen.site.support.Chromium;
import de.kjchessen.site.support.Project;
import de.kjchessen.site.support.SiteServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark, not a test (its name does not end in "Test", so {@code mvn verify} never runs it): the Jobcenter-Finder's
 * time from a key event to the changed list of hits, measured in the page (performance.now() at keydown, a
 * MutationObserver at the result) over 7 queries typed 3 times. Reported on the console and in
 * target/bench/finder-keystroke.txt, never asserted. Run it with {@code bench/finder-keystroke.sh}.
 */
@BrowserTest
class FinderKeystrokeBench {

    @Test
    void keystrokeToResultTimeIsMeasuredAndReported(Chromium chromium, SiteServer server) throws IOException {
        ChromeDriver driver = chromium.driver();
        driver.get(server.origin() + "/jobcenter-finden/");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("finder-eingabe")).isDisplayed());
        driver.executeScript("window.__t = []; const list = document.getElementById('finder-treffer'); let t0 = 0;"
                + "document.getElementById('finder-eingabe').addEventListener('keydown', () => { t0 = performance.now(); }, true);"
                + "new MutationObserver(() => { if (t0) { window.__t.push(performance.now() - t0); t0 = 0; } })"
                + ".observe(list, {childList: true});");
        WebElement input = driver.findElement(By.id("finder-eingabe"));
        List<String> words = List.of("Marburg", "Kassel", "Frankfurt am Main", "Gießen", "35037", "64395", "Bad Homburg");
        for (int round = 0; round < 3; round++) {
            for (String w : words) {
                input.clear();
                input.sendKeys(w);
            }
        }
        @SuppressWarnings("unchecked")
        List<Number> times = (List<Number>) driver.executeScript("return window.__t");
        List<Double> ms = new ArrayList<>(times.stream().map(Number::doubleValue).sorted().toList());
        assertTrue(ms.size() > 50, "zu wenige Messungen: " + ms.size());
        String report = String.format(Locale.ROOT, "Jobcenter-Finder keystroke-to-result in headless Chromium, %d keystrokes: "
                        + "median %.2f ms, p95 %.2f ms, max %.2f ms%n", ms.size(), ms.get(ms.size() / 2),
                ms.get((int) (ms.size() * 0.95)), ms.get(ms.size() - 1));
        System.out.print(report);
        Path out = Project.DIR.resolve("target/bench/finder-keystroke.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }
}
