package de.kjchessen.build.preview;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the folders the Redaktion edits (content/, data/, templates/, assets/ and jbake.properties) and
 * calls back once per burst of saves: editors save several files at once, and some editors write a file in
 * two steps. directory-watcher uses each system's own mechanism: FSEvents on macOS (the JDK's WatchService only
 * polls there, every few seconds), the JDK's WatchService (inotify, ReadDirectoryChangesW) on Linux and Windows.
 */
final class SourceWatcher implements AutoCloseable {

    static final List<String> FOLDERS = List.of("content", "data", "templates", "assets");
    static final String CONFIG = "jbake.properties";
    private static final long QUIET_MILLIS = 80;

    private final Path root;
    private final DirectoryWatcher watcher;
    private final BlockingQueue<DirectoryChangeEvent> changes = new LinkedBlockingQueue<>();

    SourceWatcher(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(List.of(this.root));
        for (String folder : FOLDERS) {
            if (Files.isDirectory(this.root.resolve(folder))) {
                paths.add(this.root.resolve(folder));
            }
        }
        this.watcher = DirectoryWatcher.builder()
                .paths(paths)
                .fileHashing(false) // a save is a change; hashing would read every file at start
                .fileTreeVisitor(this::visit)
                .listener(event -> {
                    if (relevant(event)) {
                        changes.add(event);
                    }
                })
                .build();
        this.watcher.watchAsync(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vorschau-beobachter");
            t.setDaemon(true);
            return t;
        }));
    }

    /**
     * Which folders the watcher registers (the JDK's WatchService watches one folder at a time): the project folder
     * itself (for jbake.properties and new source folders) but not what lies below it (target/, .git/, node
     * modules), and the source folders with everything in them.
     */
    private void visit(Path file, FileTreeVisitor.Callback onDirectory, FileTreeVisitor.Callback onFile)
            throws IOException {
        Path path = file.toAbsolutePath().normalize();
        if (path.equals(root)) {
            onDirectory.call(root);
            try (Stream<Path> children = Files.list(root)) {
                for (Path child : children.filter(Files::isRegularFile).toList()) {
                    onFile.call(child);
                }
            }
        } else if (inSourceFolder(path)) {
            FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(path, onDirectory, onFile);
        }
    }

    private boolean inSourceFolder(Path path) {
        return FOLDERS.stream().anyMatch(f -> path.startsWith(root.resolve(f)));
    }

    private boolean relevant(DirectoryChangeEvent event) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            return true;
        }
        Path path = event.path().toAbsolutePath().normalize();
        return inSourceFolder(path) || path.equals(root.resolve(CONFIG));
    }

    /** Blocks until something relevant changed and then stayed quiet for a moment. */
    void awaitChange() throws InterruptedException {
        changes.take();
        while (changes.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS) != null) {
            // a burst of saves: wait until it is over
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
