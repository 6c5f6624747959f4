package de.kjchessen.site;

import de.kjchessen.site.guard.ContentCoverageCheck;
import de.kjchessen.site.guard.Fault;
import de.kjchessen.site.guard.GeneratedSite;
import de.kjchessen.site.guard.LinkCheck;
import de.kjchessen.site.guard.PageIntegrityCheck;
import de.kjchessen.site.guard.PageMetaCheck;
import de.kjchessen.site.guard.SeedCopyCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

/** The guards over the real, freshly baked site: any fault fails the build with file and line. */
class SiteGuardTest {

    static GeneratedSite site;

    @BeforeAll
    static void load() {
        site = GeneratedSite.built();
    }

    @Test
    void everyContentFileBecamePublishedPage() {
        Fault.assertNone(ContentCoverageCheck.check(Path.of(System.getProperty("project.dir", ".")).resolve("content"), site));
    }

    @Test
    void noPageIsEmptyOrBroken() {
        Fault.assertNone(PageIntegrityCheck.check(site));
    }

    @Test
    void everyInternalReferenceResolves() {
        Fault.assertNone(LinkCheck.check(site));
    }

    @Test
    void everyPageHasLanguageTitleHeadingDescriptionCanonicalAndAlt() {
        Fault.assertNone(PageMetaCheck.check(site));
    }

    @Test
    void noPageRepeatsTheSeedWordForWord() {
        Fault.assertNone(SeedCopyCheck.check(Path.of(System.getProperty("seeds.dir",
                Path.of(System.getProperty("project.dir", ".")).resolve("../shared/seeds").toString())), site));
    }
}
