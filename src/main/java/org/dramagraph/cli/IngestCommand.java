package org.dramagraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.dramagraph.extract.Extraction;
import org.dramagraph.extract.Extractor;
import org.dramagraph.extract.RelevanceFilter;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.graph.IngestResult;
import org.dramagraph.graph.StoreException;
import org.dramagraph.graph.StoreLocation;
import org.dramagraph.photo.Thumbnailer;
import org.dramagraph.source.Article;
import org.dramagraph.source.ArticleReader;
import org.dramagraph.source.ArticleSink;
import org.dramagraph.source.InputProblem;
import org.dramagraph.source.feed.FeedFollower;
import org.dramagraph.source.fetch.FetchPolicy;
import org.dramagraph.source.fetch.Fetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ingest PATH... [--feed URL|FILE]...}: reads articles (files, folders, web archives, and the
 * new items of feeds), extracts their facts and stores them, one transaction each.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles, extract their facts and store them in the knowledge graph.",
                "An article already stored is left as it is; one with a known id and new text replaces what it "
                        + "gave before. Each article is stored whole or not at all, so an interrupted run can "
                        + "simply be run again.",
                "With --feed, each new item's page is fetched once (politely: robots.txt, a delay between "
                        + "requests to one host, a timeout, a size cap); the store remembers what was read, so "
                        + "running it again reads only new items."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all inputs stored (or nothing new in the feeds)",
                "1:some inputs failed, the others were stored",
                "2:bad command line", "3:no article could be read", "4:the store could not be opened or written"})
final class IngestCommand implements Callable<Integer> {
    /** Articles read from files that are held back to be looked up in the store together. */
    static final int BATCH = 200;
    /** Characters of text held back at most, whatever the number of articles. */
    static final long BATCH_CHARS = 8_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files, folders (read recursively), web archives (.warc, .warc.gz), or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL|FILE",
            description = "An RSS or Atom feed to follow: its new items' pages are fetched and stored (repeatable).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--all-pages",
            description = "Read every page of web archives; by default pages not about Korean entertainment are skipped.")
    boolean allPages;

    @Option(names = "--thumbnails", paramLabel = "DIR",
            description = "Download the articles' photos and keep thumbnails of them in DIR (photos are otherwise referenced by address only).")
    Path thumbnails;

    @Option(names = "--thumbnail-size", paramLabel = "PIXELS",
            description = "Longest side of a thumbnail (default: " + Thumbnailer.DEFAULT_SIDE + ").")
    int thumbnailSide = Thumbnailer.DEFAULT_SIDE;

    @Mixin
    WebOptions web;

    @Option(names = "--progress", negatable = true,
            description = "Draw a progress bar on standard error (default: when run from a terminal).")
    Boolean progress;

    @Option(names = "--again",
            description = "Extract and store articles again even when their text is unchanged (after an extractor upgrade).")
    boolean again;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.isEmpty() && feeds.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Give at least one PATH or --feed.");
        }
        FetchPolicy policy;
        try {
            policy = web.policy();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (thumbnailSide <= 0) {
            throw new ParameterException(spec.commandLine(), "--thumbnail-size must be positive");
        }
        StoreLocation db = store.location();
        GraphStore graph;
        try {
            graph = GraphStore.open(db);
        } catch (StoreException e) {
            err.println("dramagraph: " + e.getMessage());
            return ExitCodes.STORE;
        }
        IngestSummary summary = new IngestSummary();
        boolean draw = progress != null ? progress : System.console() != null;
        try (graph; ProgressBar bar = new ProgressBar(err, draw, ArticleReader.countFiles(inputs) + feeds.size())) {
            // one fetcher for the run, so that its delays and robots.txt rules hold across feeds and images
            Fetcher fetcher = feeds.isEmpty() && thumbnails == null ? null : new Fetcher(policy);
            ThumbnailStep thumbnailStep = thumbnails == null ? null
                    : new ThumbnailStep(new Thumbnailer(fetcher, thumbnails, thumbnailSide), graph, bar);
            Sink sink = new Sink(graph, bar, summary, thumbnailStep);
            if (!inputs.isEmpty()) {
                new ArticleReader().archivePages(allPages ? page -> true : new RelevanceFilter()).read(inputs, sink);
            }
            // the follower records an item as read once the sink has it, so from here each is stored as it comes
            sink.oneAtATime();
            if (!feeds.isEmpty()) {
                FeedFollower follower = new FeedFollower(fetcher, graph.feedMemory());
                for (String feed : feeds) {
                    follower.follow(feed, sink);
                }
            }
        } catch (StoreFailure | StoreException e) {
            err.println("dramagraph: " + (e instanceof StoreFailure ? e.getCause() : e).getMessage());
            err.println("dramagraph: stopped; the " + summary.articles() + " articles before it are stored. " + summary.line());
            return ExitCodes.STORE;
        }
        out.println(summary.line() + " (store: " + db + ")");
        if (summary.articles() == 0 && summary.failures() > 0) {
            return ExitCodes.NO_INPUT;
        }
        return summary.failures() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    /**
     * Extracts and stores the articles the reader gives, a batch at a time: the articles of a batch that the store
     * already holds are found by one look-up and passed over unextracted, unless {@code --again} asks for them.
     */
    private final class Sink implements ArticleSink {
        private final GraphStore graph;
        private final ProgressBar bar;
        private final IngestSummary summary;
        private final ThumbnailStep thumbnails;
        private final List<Article> pending = new ArrayList<>();
        private int batch = BATCH;
        private long pendingChars;
        /** Made for the first article that needs extracting: a resumed run may need none. */
        private Extractor extractor;

        /** @param thumbnails makes the stored articles' thumbnails, or {@code null} when none are wanted */
        Sink(GraphStore graph, ProgressBar bar, IngestSummary summary, ThumbnailStep thumbnails) {
            this.graph = graph;
            this.bar = bar;
            this.summary = summary;
            this.thumbnails = thumbnails;
        }

        @Override
        public void article(Article article) {
            pending.add(article);
            pendingChars += article.text().length();
            if (pending.size() >= batch || pendingChars >= BATCH_CHARS) {
                flush();
            }
        }

        /** Stores the articles held back, and from now on each article as it comes. */
        void oneAtATime() {
            flush();
            batch = 1;
        }

        /** Stores the articles held back. */
        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Optional<String>> stored = again ? null : store(() -> graph.storedIds(pending));
            // ids this batch has written to: what the look-up said of them may no longer hold
            Set<String> written = new HashSet<>();
            for (int i = 0; i < pending.size(); i++) {
                Article article = pending.get(i);
                Optional<String> same = again ? Optional.empty() : stored.get(i);
                if (same.isPresent() && !written.contains(article.id()) && !written.contains(same.get())) {
                    bar.article(article.origin());
                    stored(new IngestResult(same.get(), IngestResult.Outcome.UNCHANGED, 0, 0, 0));
                } else if (ingest(article)) {
                    written.add(article.id());
                }
            }
            pending.clear();
            pendingChars = 0;
        }

        /** Extracts and stores one article; returns whether the store changed. */
        private boolean ingest(Article article) {
            bar.article(article.origin());
            if (extractor == null) {
                extractor = new Extractor();
            }
            Extraction extraction;
            try {
                extraction = extractor.extract(article);
            } catch (RuntimeException e) {
                summary.failed();
                bar.println("dramagraph: " + article.origin() + ": cannot extract facts: " + e);
                return false;
            }
            IngestResult result = store(() -> again ? graph.reingest(extraction) : graph.ingest(extraction));
            stored(result);
            return result.outcome() != IngestResult.Outcome.UNCHANGED;
        }

        private void stored(IngestResult result) {
            summary.stored(result);
            if (thumbnails != null) {
                summary.thumbnails(store(() -> thumbnails.make(result.articleId())));
            }
        }

        @Override
        public void problem(InputProblem problem) {
            bar.file(problem.input());
            summary.failed(problem.records());
            // one line per problem, however long the reader's message
            bar.println("dramagraph: " + problem.describe().lines().findFirst().orElse(""));
        }

        @Override
        public void notice(InputProblem notice) {
            bar.println("dramagraph: " + notice.describe().lines().findFirst().orElse(""));
        }

        @Override
        public void skipped(String input, String reason) {
            bar.file(input);
            summary.skipped();
        }
    }

    /** Runs a store operation, carrying its failure out of the reader as a {@link StoreFailure}. */
    private static <T> T store(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (StoreException e) {
            throw new StoreFailure(e);
        }
    }

    /** Carries a store failure out of the reader, which stops the run: later articles would fail alike. */
    private static final class StoreFailure extends RuntimeException {
        StoreFailure(StoreException cause) {
            super(cause);
        }
    }
}
