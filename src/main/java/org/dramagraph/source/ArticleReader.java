package org.dramagraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.dramagraph.source.warc.WarcArticles;

/**
 * Reads articles from files, folders and standard input.
 *
 * <p>Formats: plain text ({@code .txt}: first line is the title), HTML ({@code .html}, {@code .htm}),
 * a JSON article object or array ({@code .json}), JSON Lines ({@code .jsonl}, {@code .ndjson}) and
 * saved RSS or Atom feeds ({@code .rss}, {@code .atom}: each item from the feed's own text), in
 * UTF-8, each possibly gzipped ({@code .html.gz}); and web archives ({@code .warc},
 * {@code .warc.gz}), streamed record by record ({@link WarcArticles}). Files with another extension, and {@code -}
 * for standard input, are recognised by their content. Folders are read recursively in name
 * order, skipping hidden files and media and following links (a folder reached twice is read once).
 * An article's web address is kept only when it is an http(s) one ({@link WebAddressCheck}).
 *
 * <p>Bad input never stops the run: an empty, binary, oversized or wrongly encoded file, a
 * malformed JSON line or a folder without articles each give one {@link InputProblem} naming the
 * file (and line), and the other inputs are still read. Each document is capped in size
 * ({@link #DEFAULT_MAX_BYTES}, or the system property {@value #MAX_BYTES_PROPERTY}); the cap is
 * checked before a file is read. JSON Lines are streamed, and the cap applies to each line.
 */
public final class ArticleReader {
    /** The default size cap of one document: 50 MB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    /** System property that sets the size cap, in bytes or with a K, M or G suffix ({@code 200M}). */
    public static final String MAX_BYTES_PROPERTY = "dramagraph.maxInputBytes";

    private long maxBytes = DEFAULT_MAX_BYTES;
    private InputStream stdin = System.in;
    private Predicate<Article> archivePages = article -> true;
    /** A bad {@value #MAX_BYTES_PROPERTY}, reported with the first read; {@code null} when fine. */
    private InputProblem configurationProblem;

    /**
     * A reader with the size cap of {@value #MAX_BYTES_PROPERTY}, else {@link #DEFAULT_MAX_BYTES}.
     * A property that is not a size is reported as a problem when reading, and the default applies.
     */
    public ArticleReader() {
        String configured = System.getProperty(MAX_BYTES_PROPERTY);
        if (configured != null) {
            try {
                maxBytes = Sizes.parse(configured);
            } catch (IllegalArgumentException e) {
                configurationProblem = new InputProblem("-D" + MAX_BYTES_PROPERTY, 0,
                        e.getMessage() + "; the " + Sizes.describe(DEFAULT_MAX_BYTES) + " default applies");
            }
        }
    }

    /** Sets the largest document, in bytes, that is read; larger ones are reported and skipped. */
    public ArticleReader maxBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("size cap must be positive: " + bytes);
        }
        this.maxBytes = bytes;
        this.configurationProblem = null;
        return this;
    }

    /** The largest document, in bytes, that is read. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Sets which pages of web archives are read on: the others are reported to the sink as
     * {@link ArticleSink#skipped skipped}. By default every page with article text is.
     */
    public ArticleReader archivePages(Predicate<Article> relevant) {
        this.archivePages = Objects.requireNonNull(relevant, "relevant");
        return this;
    }

    /** Sets what {@code -} reads (standard input by default). */
    public ArticleReader stdin(InputStream in) {
        this.stdin = Objects.requireNonNull(in, "in");
        return this;
    }

    /**
     * Reads every input in order, giving the sink each article and each problem as it meets them.
     * A problem with one input does not stop the others.
     *
     * @param inputs paths of files or folders, or {@code -} for standard input
     * @param to     receives the articles, problems and notices
     */
    public void read(List<String> inputs, ArticleSink to) {
        ArticleSink sink = new WebAddressCheck(to);
        if (configurationProblem != null) {
            sink.problem(configurationProblem);
            configurationProblem = null;
        }
        for (String input : inputs) {
            if (input.equals("-")) {
                readInput(Input.stdin(stdin, maxBytes), null, -1, sink);
                continue;
            }
            Path path;
            try {
                path = Path.of(input);
            } catch (InvalidPathException e) {
                sink.problem(new InputProblem(input, 0, "not a valid path"));
                continue;
            }
            if (Files.isDirectory(path)) {
                readFolder(path, sink);
            } else if (Files.exists(path)) {
                readFile(path, sink);
            } else {
                sink.problem(new InputProblem(input, 0, "no such file or folder"));
            }
        }
    }

    /**
     * How many files {@link #read} takes from these inputs, for a progress bar: a folder's files as a read walks
     * it, and one for standard input or any other path.
     */
    public static int countFiles(List<String> inputs) {
        int n = 0;
        for (String input : inputs) {
            try {
                Path path = Path.of(input);
                n += Files.isDirectory(path) ? FolderWalk.of(path).files().size() : 1;
            } catch (InvalidPathException | IOException e) {
                n++; // the read will report it
            }
        }
        return n;
    }

    private void readFolder(Path folder, ArticleSink sink) {
        FolderWalk walk;
        try {
            walk = FolderWalk.of(folder);
        } catch (IOException e) {
            sink.problem(new InputProblem(folder.toString(), 0, describe(e)));
            return;
        }
        walk.notices().forEach(sink::notice);
        walk.problems().forEach(sink::problem);
        for (Path file : walk.files()) {
            readFile(file, sink);
        }
        if (walk.files().isEmpty() && walk.problems().isEmpty()) {
            sink.problem(new InputProblem(folder.toString(), 0, walk.skipped() == 0
                    ? "no files in the folder, no articles"
                    : "no articles in the folder, only " + walk.skipped() + " media or other non-article files"));
        }
    }

    private void readFile(Path path, ArticleSink sink) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            sink.problem(new InputProblem(path.toString(), 0, describe(e)));
            return;
        }
        if (size == 0) {
            sink.problem(new InputProblem(path.toString(), 0, "empty file"));
            return;
        }
        if (WarcArticles.isWarc(path.getFileName().toString())) {
            try {
                new WarcArticles(archivePages, maxBytes).read(path, sink);
            } catch (IOException e) {
                sink.problem(new InputProblem(path.toString(), 0, describe(e)));
            }
            return;
        }
        ArticleFormat named = Formats.byName(Input.contentName(path));
        if (named != null && !named.streams() && size > maxBytes) {
            sink.problem(new InputProblem(path.toString(), 0, tooLarge(size)));
            return;
        }
        try {
            readInput(Input.file(path, maxBytes), named, size, sink);
        } catch (IOException e) {
            sink.problem(new InputProblem(path.toString(), 0, describe(e)));
        }
    }

    /** Reads one opened input; {@code format} is null when the content must decide, {@code size} -1 when unknown. */
    private void readInput(Input input, ArticleFormat format, long size, ArticleSink sink) {
        try (input) {
            byte[] head = input.head();
            if (head.length == 0) {
                throw new BadInputException("empty input");
            }
            if (Input.looksBinary(head)) {
                throw new BadInputException("binary data, not text (UTF-8 text expected)");
            }
            ArticleFormat chosen = format != null ? format : Formats.byContent(head);
            if (!chosen.streams() && size > maxBytes) {
                throw new BadInputException(tooLarge(size));
            }
            chosen.read(input, sink);
        } catch (BadInputException e) {
            sink.problem(new InputProblem(input.name(), e.line(), e.getMessage()));
        } catch (IOException e) {
            sink.problem(new InputProblem(input.name(), 0, describe(e)));
        }
    }

    private String tooLarge(long size) {
        return "file is " + Sizes.describeOver(size, maxBytes) + ", over the " + Sizes.describe(maxBytes)
                + " input limit (-D" + MAX_BYTES_PROPERTY + "=SIZE raises it), skipped";
    }

    /** A short reason for an I/O failure. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }
}
