package de.kjchessen.build.hosting;

import de.kjchessen.build.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks of data/redirects.yaml that need the baked site: every internal target must be a page that exists,
 * and an old address must not hide a page that exists (the redirect would make it unreachable).
 */
public final class RedirectTargets {

    private RedirectTargets() {
    }

    public static List<Problem> check(List<Redirect> redirects, Path site) {
        List<Problem> out = new ArrayList<>();
        for (Redirect r : redirects) {
            if (r.query() == null && file(site, r.path()).isPresent()) {
                out.add(Problem.error(RedirectsFile.FILE, r.line(), "Unter der alten Adresse \u201E" + r.from()
                        + "\u201C gibt es eine Seite dieser Website; die Weiterleitung würde sie unerreichbar machen. "
                        + "Löschen Sie den Eintrag oder verschieben Sie die Seite."));
            }
            if (r.internalTarget()) {
                String target = RedirectsFile.decode(RedirectsFile.stripQueryAndFragment(r.to()));
                if (file(site, target).isEmpty()) {
                    out.add(Problem.error(RedirectsFile.FILE, r.toLine(), "Das Ziel \u201E" + r.to() + "\u201C gibt es "
                            + "nicht auf der Website. Tragen Sie die Adresse einer vorhandenen Seite ein, zum Beispiel "
                            + "\u201E/ueber-uns/\u201C (so wie sie im Browser steht)."));
                }
            }
        }
        return out;
    }

    /** The file a server would answer for this URL path (directory → index.html), if it exists. */
    static Optional<Path> file(Path site, String urlPath) {
        String rel = urlPath.replaceFirst("^/+", "");
        if (rel.contains("..")) {
            return Optional.empty();
        }
        Path p = site.resolve(rel);
        if (urlPath.endsWith("/") || rel.isEmpty()) {
            p = p.resolve("index.html");
        }
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
