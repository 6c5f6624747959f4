package de.kjchessen.site.quality;

import de.kjchessen.site.support.Fault;
import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Project;
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
        Fault.assertNone(ContentCoverageCheck.check(Project.DIR.resolve("content"), site));
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
                Project.DIR.resolve("../shared/seeds").toString())), site));
    }
}
