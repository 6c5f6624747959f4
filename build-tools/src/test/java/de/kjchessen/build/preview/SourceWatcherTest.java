package de.kjchessen.build.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** The preview's watcher: saves in the source folders (also in folders made after the start) count, target/ does not. */
class SourceWatcherTest {

    @Test
    void savesInSourceFoldersAndJbakePropertiesCountTheBuildOutputDoesNot(@TempDir Path root) throws Exception {
        for (String folder : SourceWatcher.FOLDERS) {
            Files.createDirectories(root.resolve(folder));
        }
        Files.createDirectories(root.resolve("target/site"));
        ExecutorService waiting = Executors.newSingleThreadExecutor();
        try (SourceWatcher watcher = new SourceWatcher(root)) {
            Future<?> change = waiting.submit(() -> {
                watcher.awaitChange();
                return null;
            });
            // what the build writes is not an editor's change
            Files.writeString(root.resolve("target/site/index.html"), "<p>gebaut</p>");
            Files.createDirectories(root.resolve("target/site/neu"));
            Files.writeString(root.resolve("notizen.txt"), "kein Quelltext");
            assertThrows(TimeoutException.class, () -> change.get(1500, TimeUnit.MILLISECONDS));

            // a folder made after the start is a change, and so is a save inside it
            Path folder = Files.createDirectories(root.resolve("content/aktuelles/2026"));
            change.get(30, TimeUnit.SECONDS);
            Future<?> save = waiting.submit(() -> {
                watcher.awaitChange();
                return null;
            });
            Files.writeString(folder.resolve("meldung.md"), "title=Neu\n~~~~~~\nText");
            save.get(30, TimeUnit.SECONDS);

            Future<?> config = waiting.submit(() -> {
                watcher.awaitChange();
                return null;
            });
            Files.writeString(root.resolve(SourceWatcher.CONFIG), "site.host=https://www.example.de\n");
            config.get(30, TimeUnit.SECONDS);
        } finally {
            waiting.shutdownNow();
        }
    }
}
