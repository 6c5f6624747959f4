package de.kjchessen.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where the bake copies a root-relative URL of the site from (assets/, content/, in the bake's order). */
public final class SourceFiles {

    private SourceFiles() {
    }

    /** The source file of a root-relative URL, or empty for a page-relative link or a file that does not exist. */
    public static Optional<Path> of(List<Path> folders, String url) {
        String path = url.replaceAll("[?#].*$", "");
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        for (Path folder : folders) {
            Path f = folder.resolve(path.substring(1)).normalize();
            if (f.startsWith(folder) && Files.isRegularFile(f)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
