package org.dramagraph.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error: files done out of files to read, articles and their
 * rate. It draws only when enabled (a terminal, or asked for) and once a run has lasted a second, so
 * short runs and logs stay clean; lines printed through {@link #println} are not garbled by it.
 */
final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;
    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final int totalFiles;
    private final long started;
    private int files;
    private int articles;
    private String lastFile;
    private long lastDraw;
    private int drawnWidth;

    ProgressBar(PrintWriter err, boolean enabled, int totalFiles) {
        this(err, enabled, totalFiles, System.nanoTime());
    }

    ProgressBar(PrintWriter err, boolean enabled, int totalFiles, long started) {
        this.err = err;
        this.enabled = enabled;
        this.totalFiles = Math.max(1, totalFiles);
        this.started = started;
    }

    /** Counts an article read from {@code origin} (a path, {@code path:line}, {@code archive@offset}, {@code -} or a URL). */
    void article(String origin) {
        articles++;
        file(origin);
    }

    /** Counts an input that gave a problem instead of articles. */
    void file(String origin) {
        String file = origin.replaceFirst("[:@]\\d+$", "");
        if (!file.equals(lastFile)) {
            lastFile = file;
            files = Math.min(totalFiles, files + 1);
        }
        long now = System.nanoTime();
        if (enabled && now - started >= DELAY_NANOS && now - lastDraw >= REDRAW_NANOS) {
            draw(now);
        }
    }

    /** Prints a line to standard error, above the bar. */
    void println(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    /** The bar as drawn at {@code now}. */
    String render(long now) {
        int filled = (int) ((long) WIDTH * files / totalFiles);
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + files + "/" + totalFiles + " files, "
                + articles + " articles, " + String.format(java.util.Locale.ROOT, "%.1f", articles / seconds) + "/s";
    }

    /** Removes the bar, leaving the line free for the summary. */
    @Override
    public void close() {
        clear();
    }

    private void draw(long now) {
        String line = render(now);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
        lastDraw = now;
    }

    private void clear() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }
}
