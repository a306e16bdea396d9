package org.dramagraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.dramagraph.extract.Extraction;
import org.dramagraph.source.Article;
import org.dramagraph.source.feed.FeedMemory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The knowledge graph: articles, entities with their aliases, facts and every source of every fact, in an embedded
 * SQLite file or in a PostgreSQL database ({@link StoreLocation}). The schema is kept by Flyway migrations
 * ({@code db/migration}, shared, and {@code db/sqlite} or {@code db/postgresql} where the SQL differs).
 *
 * <p>Each article is stored in one transaction, so a crash at any point (even {@code kill -9}) leaves
 * every article either wholly stored or not at all. Storing content that is already there changes
 * nothing. One instance holds one connection and is not thread-safe; several instances, in one process or
 * several, may open the same store and write it at once: the database keeps their writes apart
 * (SQLite by its write lock, PostgreSQL by serializable transactions run again when they collide), each waiting
 * or trying again for up to {@link #BUSY_TIMEOUT}, and reads run beside them.
 *
 * <pre>{@code
 * try (GraphStore graph = GraphStore.open(Path.of("graph.db"))) {
 *     graph.ingest(new Extractor().extract(article));
 *     for (Entity e : graph.find("song jung-ki")) { ... graph.person(e.id()) ... }
 * }
 * }</pre>
 */
public final class GraphStore implements AutoCloseable {
    /** How long a write waits for other connections' writes (or tries again after them) before it fails. */
    public static final Duration BUSY_TIMEOUT = Duration.ofSeconds(30);
    /** How much of the store file readers map into memory (address space, not memory: the OS pages it in and out). */
    private static final long MMAP_BYTES = 1L << 30;
    /** The page cache of each connection, in KiB. */
    private static final int CACHE_KIB = 32 * 1024;

    private final StoreLocation location;
    private final Sql db;
    private final Profiles profiles;
    private final Transactor tx;
    private final ArticleCatalog articles;
    private final EntityCatalog entities;
    private final CommentBook comments;
    private final FactReviews reviews;

    private GraphStore(StoreLocation location, Sql db) {
        this.location = location;
        this.db = db;
        this.profiles = new Profiles(db);
        this.tx = new Transactor(location, db);
        this.articles = new ArticleCatalog(tx);
        this.entities = new EntityCatalog(tx);
        this.comments = new CommentBook(tx);
        this.reviews = new FactReviews(tx);
    }

    /** Opens the SQLite store in {@code file}, as {@link #open(StoreLocation)}. */
    public static GraphStore open(Path file) {
        return open(StoreLocation.of(file));
    }

    /**
     * Opens a store, bringing its schema up to date: a SQLite file is created with its folder if needed; a
     * PostgreSQL database must exist, and gets the store's tables in its default schema.
     *
     * @throws StoreException if the file cannot be created, the database cannot be reached, it is not a
     *                        Dramagraph store, or it was made by a newer version
     */
    public static GraphStore open(StoreLocation location) {
        Optional<Path> file = location.file();
        Path parent = file.map(f -> f.toAbsolutePath().getParent()).orElse(null);
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of store " + location + ": " + e.getMessage(), e);
        }
        Dialect dialect = location.dialect();
        try {
            Flyway.configure().dataSource(file.isPresent()
                            ? sqlite(file.get(), SQLiteConfig.TransactionMode.IMMEDIATE) : location.postgres())
                    .locations(dialect.migrations()).load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot open store " + location + ": " + rootMessage(e), e);
        }
        try {
            DataSource source = file.isPresent()
                    ? sqlite(file.get(), SQLiteConfig.TransactionMode.DEFERRED) : location.postgres();
            Connection connection = source.getConnection();
            if (file.isPresent()) {
                // pages read through the OS's cache in place rather than copied in by a read call each, and a
                // larger cache of decoded pages; set once the connection waits for locks (a pragma in the driver's
                // configuration may run before its busy timeout and fail at once while another process migrates)
                try (Statement pragmas = connection.createStatement()) {
                    pragmas.execute("PRAGMA mmap_size = " + MMAP_BYTES);
                    pragmas.execute("PRAGMA cache_size = -" + CACHE_KIB);
                } catch (SQLException e) {
                    connection.close();
                    throw e;
                }
            }
            return new GraphStore(location, new Sql(connection, dialect));
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + location + ": " + e.getMessage(), e);
        }
    }

    /** Where this store lives. */
    public StoreLocation location() {
        return location;
    }

    /**
     * Stores an article's extraction in one transaction. Content already stored (same title and text,
     * under this id or another) changes nothing and comes back {@link IngestResult.Outcome#UNCHANGED}; a
     * known id with new content replaces that article's evidence, mentions and photos, and facts left
     * without a source go away. Facts missing a field their type needs are not stored.
     */
    public IngestResult ingest(Extraction extraction) {
        return write(extraction, false);
    }

    /**
     * Stores an extraction even when its article's content is unchanged, replacing what the article gave
     * before: for re-reading stored articles with a better extractor.
     */
    public IngestResult reingest(Extraction extraction) {
        return write(extraction, true);
    }

    /**
     * Which of these articles the store already holds, title and text alike: for each in order, the id its
     * content is stored under when {@link #ingest} would leave it unchanged, else empty (it is new, or its id
     * holds other text). Looked up by id and content hash, hundreds of articles a query, so that a resumed
     * ingest can pass over what is stored without extracting it. Another writer may store or change articles
     * between this look-up and an ingest; {@link #ingest} checks again.
     */
    public List<Optional<String>> storedIds(List<Article> articles) {
        return read(() -> ArticleWriter.storedIds(db, articles));
    }

    /**
     * Entities a name finds, whatever their type: case, spacing, accents and romanization variants
     * (Joong/Jung, Hyun/Hyeon, Lee/Yi) do not matter. Exact spellings win over loose ones.
     */
    public List<Entity> find(String name) {
        return read(() -> Names.find(db, name, null));
    }

    /** Entities of one type a name finds, as {@link #find(String)}. */
    public List<Entity> find(String name, EntityType type) {
        return read(() -> Names.find(db, name, type));
    }

    /** A person's names, roles by work (characters, cameo), credits and quotes, each with its sources. */
    public Optional<PersonProfile> person(long id) {
        return person(id, Integer.MAX_VALUE);
    }

    /** As {@link #person(long)}, with at most {@code maxSources} sources per fact (pages show a few). */
    public Optional<PersonProfile> person(long id, int maxSources) {
        return read(() -> profiles.person(id, maxSources));
    }

    /** A work's cast and characters, cameos apart, writers, directors and networks, each with its sources. */
    public Optional<WorkProfile> work(long id) {
        return work(id, Integer.MAX_VALUE);
    }

    /** As {@link #work(long)}, with at most {@code maxSources} sources per fact. */
    public Optional<WorkProfile> work(long id, int maxSources) {
        return read(() -> profiles.work(id, maxSources));
    }

    /** Who played a character in which works. */
    public Optional<CharacterProfile> character(long id) {
        return character(id, Integer.MAX_VALUE);
    }

    /** As {@link #character(long)}, with at most {@code maxSources} sources per fact. */
    public Optional<CharacterProfile> character(long id, int maxSources) {
        return read(() -> profiles.character(id, maxSources));
    }

    /** The works that air or stream on a channel or platform. */
    public Optional<OrgProfile> org(long id) {
        return org(id, Integer.MAX_VALUE);
    }

    /** As {@link #org(long)}, with at most {@code maxSources} sources per fact. */
    public Optional<OrgProfile> org(long id, int maxSources) {
        return read(() -> profiles.org(id, maxSources));
    }

    /** The articles: latest, naming an entity, one with what was read from it, and for a search index. */
    public ArticleCatalog articles() {
        return articles;
    }

    /** The entities: by id and type, the most named, co-stars and their network, and for a search index. */
    public EntityCatalog entities() {
        return entities;
    }

    /** Readers' comments. */
    public CommentBook comments() {
        return comments;
    }

    /** Single facts with all their sources, and editors' decisions on facts. */
    public FactReviews reviews() {
        return reviews;
    }

    /** The facts an article is a source of, with all their sources. */
    public List<GraphFact> factsFrom(String articleId) {
        return read(() -> FactLoader.load(db, "f.id IN (SELECT fact_id FROM evidence WHERE article_id = ?)", articleId));
    }

    /** An article's photos in order, each with the people its caption names: the article page's gallery. */
    public List<ArticlePhoto> photos(String articleId) {
        return read(() -> Photos.ofArticle(db, articleId));
    }

    /** The photos whose captions name a person (or any entity), the newest article first: a person page's gallery. */
    public List<ArticlePhoto> photosOf(long entityId) {
        return photosOf(entityId, 0, Integer.MAX_VALUE).items();
    }

    /** As {@link #photosOf(long)}, {@code limit} photos from {@code offset}, with how many there are in all. */
    public Slice<ArticlePhoto> photosOf(long entityId, int offset, int limit) {
        return read(() -> Photos.ofEntity(db, entityId, offset, limit));
    }

    /**
     * Records the file name of a photo's downloaded thumbnail. An article stored again loses its photos'
     * thumbnails with its photos, to be made again.
     *
     * @return false when the article has no photo at that position
     */
    public boolean setThumbnail(String articleId, int position, String file) {
        return change("thumbnail of photo " + position + " of " + articleId,
                () -> Photos.setThumbnail(db, articleId, position, file));
    }

    /** Every spelling of every entity's name with its type, by type then name: what the graph already knows. */
    public List<KnownName> catalog() {
        return read(() -> Names.catalog(db));
    }

    /**
     * What feed following remembers in this store: each feed's cache validators and the items read,
     * so that a run reads only new items. Each change is its own transaction.
     */
    public FeedMemory feedMemory() {
        return new FeedLog(this, db);
    }

    /** How many articles, entities, facts and sources the store holds. */
    public GraphStats stats() {
        return read(() -> Counts.of(db));
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + location + ": " + e.getMessage(), e);
        }
    }

    private IngestResult write(Extraction extraction, boolean again) {
        return change("article " + extraction.article().id(), () -> new ArticleWriter(db).write(extraction, again));
    }

    /** A change in its own transaction, committed whole or rolled back; {@code what} names it in errors. */
    <T> T change(String what, Transactor.Work<T> work) {
        return tx.write("store " + what, work);
    }

    /** A read runs in its own short transaction, so that it sees one state and holds no lock after. */
    <T> T read(Transactor.Work<T> work) {
        return tx.read(work);
    }

    /**
     * WAL journal with synchronous=NORMAL: a commit is in the WAL file once it returns, so killing the
     * process (kill -9) never loses or tears a committed article, and an uncommitted one is simply
     * absent on the next open. Only a power cut or OS crash can drop the last commits (FULL would fsync
     * each one); the store stays consistent then too, and re-running the ingest puts them back.
     * Foreign keys are enforced so that no evidence can outlive its fact or article.
     *
     * <p>{@code mode} is how the driver begins the transactions it begins itself: Flyway's are IMMEDIATE, so
     * that a process migrating a new store waits while another migrates it and then finds the work done (Flyway
     * reads what was applied inside each migration's transaction). The store's own connection begins its
     * transactions by statement ({@link Sql}), so its mode is never used.
     */
    private static SQLiteDataSource sqlite(Path file, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) BUSY_TIMEOUT.toMillis());
        config.setTransactionMode(mode);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.toString() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
