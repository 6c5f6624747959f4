package de.kjchessen.site;

import de.kjchessen.site.guard.ContentCoverageCheck;
import de.kjchessen.site.guard.Fault;
import de.kjchessen.site.guard.GeneratedSite;
import de.kjchessen.site.guard.LinkCheck;
import de.kjchessen.site.guard.PageIntegrityCheck;
import de.kjchessen.site.guard.PageMetaCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guards over the real, freshly baked site: any fault fails the build with file and line. */
class SiteGuardTest {

    static GeneratedSite site;

    @BeforeAll
    static void load() {
        site = GeneratedSite.built();
        assertTrue(site.pages().size() > 10, "Die Website wurde nicht erzeugt: " + site.root());
    }

    static void assertNoFaults(List<Fault> faults) {
        Fault.assertNone(faults);
    }

    @Test
    void everyContentFileBecamePublishedPage() {
        assertNoFaults(ContentCoverageCheck.check(Path.of(System.getProperty("project.dir", ".")).resolve("content"), site));
    }

    @Test
    void noPageIsEmptyOrBroken() {
        assertNoFaults(PageIntegrityCheck.check(site));
    }

    @Test
    void everyInternalReferenceResolves() {
        assertNoFaults(LinkCheck.check(site));
    }

    @Test
    void everyPageHasLanguageTitleHeadingDescriptionCanonicalAndAlt() {
        assertNoFaults(PageMetaCheck.check(site));
    }
}
