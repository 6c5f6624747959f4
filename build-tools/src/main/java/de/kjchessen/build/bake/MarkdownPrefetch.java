package de.kjchessen.build.bake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Renders the Markdown bodies of content/ on a second thread while JBake's crawler, which is single-threaded,
 * reads the files, writes them to its store and asks for the HTML one page at a time. Markdown is about two
 * thirds of the crawl, and the build machines have two cores.
 *
 * <p>Results are keyed by the exact body text JBake hands the engine, so a body this thread split differently
 * (or a file it did not see) is simply rendered by the crawler itself: the prefetch can only save time, never
 * change a page. Each body is rendered once: whoever claims it first renders it, the other waits for it.
 */
final class MarkdownPrefetch {

    /** Marks a body whose HTML the crawler has taken; the HTML itself is not kept. */
    private static final CompletableFuture<String> TAKEN = CompletableFuture.completedFuture(null);

    private final Map<String, CompletableFuture<String>> byBody = new ConcurrentHashMap<>();
    private final UnaryOperator<String> render;
    private volatile boolean cancelled;

    private MarkdownPrefetch(UnaryOperator<String> render) {
        this.render = render;
    }

    /**
     * Starts a daemon thread that renders every .md file below {@code content}, in the crawler's (sorted)
     * order. {@code separator} and {@code encoding} are JBake's header separator and file encoding.
     */
    static MarkdownPrefetch start(Path content, String separator, Charset encoding, UnaryOperator<String> render) {
        MarkdownPrefetch prefetch = new MarkdownPrefetch(render);
        Thread worker = new Thread(() -> prefetch.renderAll(content, separator, encoding), "markdown-prefetch");
        worker.setDaemon(true);
        worker.start();
        return prefetch;
    }

    /** The HTML of a body: prefetched, being prefetched (then wait), or rendered here. */
    String html(String body) {
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> claimed = byBody.putIfAbsent(body, mine);
        if (claimed == null || claimed == TAKEN) {
            String html = renderInto(mine, body);
            byBody.replace(body, mine, TAKEN);
            return html;
        }
        String html = claimed.join(); // rethrows the worker's failure, as rendering here would
        byBody.replace(body, claimed, TAKEN);
        return html;
    }

    /** Stops the thread after its current page (a new bake has started). */
    void cancel() {
        cancelled = true;
    }

    private void renderAll(Path content, String separator, Charset encoding) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(content)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return; // the crawler renders everything itself
        }
        for (Path file : files) {
            if (cancelled) {
                return;
            }
            String body;
            try {
                body = bodyOf(Files.readString(file, encoding), separator);
            } catch (IOException | RuntimeException e) {
                continue; // unreadable here: the crawler reports it
            }
            if (body == null) {
                continue;
            }
            CompletableFuture<String> mine = new CompletableFuture<>();
            if (byBody.putIfAbsent(body, mine) == null) {
                renderInto(mine, body);
            }
        }
    }

    private String renderInto(CompletableFuture<String> future, String body) {
        try {
            String html = render.apply(body);
            future.complete(html);
            return html;
        } catch (RuntimeException | Error e) {
            future.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * The body as JBake's MarkupEngine builds it: the lines after the first header separator line, each followed
     * by "\n" (lines split at \n, \r\n or \r; a byte order mark dropped). Null when there is no separator.
     */
    static String bodyOf(String file, String separator) throws IOException {
        if (file.startsWith("\uFEFF")) {
            file = file.substring(1);
        }
        StringBuilder body = new StringBuilder(file.length());
        boolean inBody = false;
        try (BufferedReader lines = new BufferedReader(new StringReader(file))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (inBody) {
                    body.append(line).append('\n');
                } else if (line.equals(separator)) {
                    inBody = true;
                }
            }
        }
        return inBody ? body.toString() : null;
    }
}
