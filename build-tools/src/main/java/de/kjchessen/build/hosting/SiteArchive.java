package de.kjchessen.build.hosting;

import de.kjchessen.build.BuildClock;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The dated archive of exactly what is published (phase package, after the tests passed):
 * target/kjc-hessen-website-YYYY-MM-DD.zip with the contents of target/site at its root.
 * Refuses to pack anything {@link PublishableFiles} excludes, so the archive can be audited later.
 */
public final class SiteArchive {

    private SiteArchive() {
    }

    /** Arguments: site directory, output directory, name prefix. */
    public static void main(String[] args) throws IOException {
        Path archive = write(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? args[2] : "website",
                BuildClock.now().toLocalDate());
        System.out.println("Archiv der veröffentlichten Website: " + archive);
    }

    public static Path write(Path site, Path outDir, String prefix, LocalDate date) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(site)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        PublishableFiles.unpublishable(site).values().stream().findFirst().ifPresent(file -> {
            throw new IllegalStateException(file + " must not be published; run the post-bake step first");
        });
        Files.createDirectories(outDir);
        Path archive = outDir.resolve(prefix + "-" + date + ".zip");
        try (OutputStream os = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(os)) {
            // An audit copy, not a download: the fastest level packs faster (BENCHMARKS.md) for an archive
            // about 12 % larger.
            zip.setLevel(Deflater.BEST_SPEED);
            for (Path f : files) {
                ZipEntry e = new ZipEntry(rel(site, f));
                e.setLastModifiedTime(FileTime.from(Files.getLastModifiedTime(f).toInstant()));
                if (isCompressed(f)) {
                    // Pagefind's index (one gzip file per page), images and fonts: deflating them again costs
                    // time and saves nothing, so they are stored as they are.
                    byte[] bytes = Files.readAllBytes(f);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(bytes.length);
                    e.setCompressedSize(bytes.length);
                    e.setCrc(crc.getValue());
                    zip.putNextEntry(e);
                    zip.write(bytes);
                } else {
                    zip.putNextEntry(e);
                    Files.copy(f, zip);
                }
                zip.closeEntry();
            }
        }
        return archive;
    }

    /** Formats that are compressed already (Pagefind's files are gzip, its WebAssembly too). */
    static final Set<String> COMPRESSED = Set.of("pf_fragment", "pf_index", "pf_meta", "pf_filter", "pagefind",
            "png", "jpg", "jpeg", "gif", "webp", "avif", "woff", "woff2", "gz", "br", "zip");

    static boolean isCompressed(Path f) {
        String name = f.getFileName().toString();
        return COMPRESSED.contains(name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static String rel(Path site, Path f) {
        return site.relativize(f).toString().replace('\\', '/');
    }
}
