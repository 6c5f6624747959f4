package de.kjchessen.build.hosting;

import de.kjchessen.build.Problem;
import de.kjchessen.build.SiteConfig;
import de.kjchessen.build.ValidationFailedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the baked site into exactly what is published; runs right after the bake (exec-maven-plugin, phase
 * process-resources), before the search index, so Pagefind never sees a draft, and before the tests, so the
 * tests see the final site.
 * <ol>
 *   <li>removes drafts (also pages under Sperrfrist), editor files and source maps, then attachments and pictures
 *   that no published file uses ({@link UnreferencedFiles});</li>
 *   <li>checks the redirects of data/redirects.yaml against the baked pages;</li>
 *   <li>minifies the stylesheets ({@link CssMinifier}) and fingerprints static assets, rewriting references
 *   ({@link Fingerprinter});</li>
 *   <li>writes .htaccess (hosting/htaccess + redirects) into the site and the nginx redirects beside it.</li>
 * </ol>
 * Arguments: project root, site directory, directory for files that are not published (nginx include).
 */
public final class PostBake {

    private PostBake() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path site = Path.of(args[1]).toAbsolutePath().normalize();
        Path hostingOut = Path.of(args[2]).toAbsolutePath().normalize();
        run(root, site, hostingOut);
    }

    public static void run(Path root, Path site, Path hostingOut) throws IOException {
        for (String removed : PublishableFiles.prune(site)) {
            System.out.println("Nicht veröffentlicht: " + removed);
        }
        // After the drafts (and pages under Sperrfrist) are gone: their attachments and pictures go too.
        for (String removed : UnreferencedFiles.prune(site)) {
            System.out.println("Nicht veröffentlicht: " + removed);
        }
        List<Problem> problems = new ArrayList<>();
        List<Redirect> redirects = RedirectsFile.load(root, problems);
        problems.addAll(RedirectTargets.check(redirects, site));
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        int minified = CssMinifier.minifyAll(site);
        Map<String, String> renamed = new Fingerprinter(site, SiteConfig.of(root).siteHost()).run();
        String template = Files.readString(root.resolve("hosting/htaccess"), StandardCharsets.UTF_8);
        Files.writeString(site.resolve(".htaccess"), HostingConfig.htaccess(template, redirects), StandardCharsets.UTF_8);
        Files.createDirectories(hostingOut);
        Files.writeString(hostingOut.resolve("nginx-redirects.conf"), HostingConfig.nginx(redirects), StandardCharsets.UTF_8);
        System.out.println("Veröffentlichungsstand: " + minified + " Stylesheets verkleinert, " + renamed.size()
                + " Dateien mit Fingerabdruck, "
                + redirects.size() + " Weiterleitungen, .htaccess geschrieben.");
    }
}
