package de.kjchessen.site.pages;

import com.deque.html.axecore.results.Results;
import de.kjchessen.site.support.BrowserTest;
import de.kjchessen.site.support.Chromium;
import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Project;
import de.kjchessen.site.support.Screenshots;
import de.kjchessen.site.support.SiteServer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first screen (issue 15): on the Startseite the Jobcenter search is visible without scrolling on a phone
 * (360 × 640) and a desktop (1280 × 800) and answers there as on /jobcenter-finden/; without JavaScript the same
 * spot offers the lists; on small screens the navigation is folded behind "Menü", which opens without
 * JavaScript, by keyboard, and passes axe. Expected answers come from the built no-JS list, not from this file.
 */
@BrowserTest
class FirstScreenBrowserTest {

    private final SiteServer server;
    private final Chromium chromium;
    private final ChromeDriver driver;

    FirstScreenBrowserTest(Chromium chromium, SiteServer server) {
        this.server = server;
        this.chromium = chromium;
        this.driver = chromium.driver();
    }

    WebElement searchField() {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> {
                    WebElement input = d.findElement(By.id("finder-eingabe"));
                    return input.isDisplayed() ? input : null;
                });
    }

    /** Whether the element lies completely inside the viewport as the page first shows it. */
    boolean onFirstScreen(WebElement element) {
        return chromium.js("const r = arguments[0].getBoundingClientRect();"
                + "return window.scrollY === 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;", element);
    }

    @Test
    void theSearchFieldIsOnTheFirstScreenOfAPhoneAndADesktop() {
        for (int[] size : new int[][] {{360, 640}, {1280, 800}}) {
            chromium.viewport(size[0], size[1]);
            chromium.open(server.origin() + "/");
            WebElement input = searchField();
            assertTrue(onFirstScreen(input), "Das Suchfeld der Startseite liegt bei " + size[0] + " × " + size[1]
                    + " nicht ganz im ersten Bildschirm: " + chromium.js("return JSON.stringify("
                    + "arguments[0].getBoundingClientRect())", input));
            Screenshots.save("startseite-erster-bildschirm-" + size[0] + ".png", chromium.screenshot(false));
        }
    }

    @Test
    void typingOnTheStartseiteAnswersLikeTheFinderPage() {
        chromium.viewport(360, 640);
        for (String query : List.of("Hanau", "35037")) {
            chromium.open(server.origin() + "/");
            List<String> home = hits(query);
            chromium.open(server.origin() + "/jobcenter-finden/");
            assertEquals(hits(query), home, "Startseite und Jobcenter-Finder antworten verschieden auf " + query);
            assertFalse(home.isEmpty(), "keine Antwort auf " + query);
        }
        chromium.open(server.origin() + "/");
        List<String> hanau = hits("Hanau");
        assertEquals(listedJobcenter("Hanau"), hanau.get(0).split(" ", 2)[0],
                "Die erste Antwort auf „Hanau“ führt nicht zum Jobcenter der Liste A–Z");
        // issue 15: the answer names the Jobcenter's first way in where one is confirmed (the same data as its page)
        for (String query : List.of("Hanau", "35037")) {
            String path = hits(query).get(0).split(" ", 2)[0];
            var weg = de.kjchessen.build.jobcenter.JobCentreFile.load(Project.DIR.resolve("data")).all().stream().filter(j -> j.pfad().equals(path)).findFirst().orElseThrow()
                    .kontakt().firstStep();
            List<WebElement> links = driver.findElements(By.cssSelector("#finder-treffer li:first-child a"));
            assertEquals(weg.map(w -> List.of(path, w.href())).orElse(List.of(path)), links.stream()
                    .map(a -> a.getAttribute("href").startsWith(server.origin()) ? URI.create(a.getAttribute("href")).getPath()
                            : a.getAttribute("href")).toList(), query);
        }
    }

    /** Types the query and returns each hit as "link-path hit-text". */
    List<String> hits(String query) {
        WebElement input = searchField();
        input.clear();
        input.sendKeys(query);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector("#finder-treffer li")).isEmpty());
        return driver.findElements(By.cssSelector("#finder-treffer li")).stream()
                .map(li -> URI.create(li.findElement(By.tagName("a")).getAttribute("href")).getPath() + " " + li.getText())
                .toList();
    }

    /** The Jobcenter link of a Gemeinde in the list A–Z of the built finder page (works without JavaScript). */
    static String listedJobcenter(String gemeinde) {
        Document page = GeneratedSite.built().pages().get("jobcenter-finden/index.html");
        Element entry = page.select(".gemeindeliste li").stream()
                .filter(li -> li.ownText().startsWith(gemeinde + ":")).findFirst().orElse(null);
        assertNotNull(entry, gemeinde + " fehlt in der Liste A–Z");
        return URI.create(entry.selectFirst("a").attr("href")).getPath();
    }

    @Test
    void withoutJavaScriptTheSameSpotOffersTheLists() {
        chromium.viewport(360, 640);
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        chromium.open(server.origin() + "/");
        assertFalse(driver.findElement(By.id("finder-eingabe")).isDisplayed(), "ohne Skript kein totes Suchfeld");
        List<WebElement> ways = driver.findElements(By.cssSelector(".einstieg-finder .finder__wege a"));
        assertEquals(List.of("/jobcenter-finden/", "/jobcenter-finden/postleitzahlen/"),
                ways.stream().map(a -> URI.create(a.getAttribute("href")).getPath()).toList());
        assertTrue(onFirstScreen(ways.get(0)), "Der Weg zur Liste A–Z liegt ohne Skript nicht im ersten Bildschirm");
    }

    @Test
    void onAPhoneTheMenuOpensByKeyboardWithoutJavaScriptAndPassesAxe() {
        chromium.viewport(360, 640);
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        chromium.open(server.origin() + "/jobcenter/");
        WebElement nav = driver.findElement(By.id("navigation"));
        assertFalse(nav.isDisplayed(), "Bei 360 px ist die Navigation zusammengeklappt");
        WebElement menu = driver.findElement(By.cssSelector(".kopf__menue a"));
        assertTrue(onFirstScreen(menu), "„Menü“ steht im ersten Bildschirm");

        String focused = "";
        for (int i = 0; i < 5 && !focused.equals("#navigation"); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            focused = chromium.js("return document.activeElement.getAttribute('href') || ''");
        }
        assertEquals("#navigation", focused, "„Menü“ ist mit wenigen Tabs erreichbar");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertTrue(nav.isDisplayed(), "Enter auf „Menü“ öffnet die Navigation");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertTrue((Boolean) chromium.js("return document.activeElement.closest('#navigation') !== null"
                + " && document.activeElement.getBoundingClientRect().height > 0"),
                "Der nächste Tab führt in die geöffnete Navigation");
        Screenshots.save("menue-offen-360.png", chromium.screenshot(false));

        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        chromium.open(server.origin() + "/jobcenter/#navigation");
        Results axe = chromium.axe();
        assertEquals(List.of(), axe.getViolations().stream().map(r -> r.getId() + ": " + r.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).toList()).toList(), "Barrieren mit geöffnetem Menü");

        chromium.viewport(1280, 800);
        chromium.open(server.origin() + "/jobcenter/");
        assertTrue(driver.findElement(By.id("navigation")).isDisplayed(), "Ab 40rem steht die Navigation offen da");
        assertFalse(driver.findElement(By.cssSelector(".kopf__menue a")).isDisplayed(), "und „Menü“ ist ausgeblendet");
    }
}
