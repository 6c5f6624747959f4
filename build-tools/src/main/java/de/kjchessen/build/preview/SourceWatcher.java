package de.kjchessen.build.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the folders the Redaktion edits (content/, data/, templates/, assets/ and jbake.properties) and
 * calls back once per burst of saves: editors save several files at once, and some editors write a file in
 * two steps.
 */
final class SourceWatcher implements AutoCloseable {

    static final List<String> FOLDERS = List.of("content", "data", "templates", "assets");
    private static final long QUIET_MILLIS = 80;

    private final Path root;
    private final WatchService watch;

    SourceWatcher(Path root) throws IOException {
        this.root = root;
        this.watch = FileSystems.getDefault().newWatchService();
        register(root, false);
        for (String folder : FOLDERS) {
            Path dir = root.resolve(folder);
            if (Files.isDirectory(dir)) {
                register(dir, true);
            }
        }
    }

    private void register(Path dir, boolean recursive) throws IOException {
        if (!recursive) {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            return;
        }
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                register(d, false);
            }
        }
    }

    /** Blocks until something relevant changed and then stayed quiet for a moment. */
    void awaitChange() throws InterruptedException {
        while (true) {
            WatchKey key = watch.take();
            boolean relevant = drain(key);
            WatchKey more;
            while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                relevant |= drain(more);
            }
            if (relevant) {
                return;
            }
        }
    }

    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            boolean inRoot = dir.equals(root);
            if (inRoot && !(changed.getFileName().toString().equals("jbake.properties")
                    || FOLDERS.contains(changed.getFileName().toString()))) {
                continue; // target/, .git/ and the like
            }
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    register(changed, true);
                } catch (IOException e) {
                    System.out.println("Vorschau: Ordner " + changed + " kann nicht beobachtet werden: " + e.getMessage());
                }
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        try {
            watch.close();
        } catch (ClosedWatchServiceException ignored) {
            // already closed
        }
    }
}
