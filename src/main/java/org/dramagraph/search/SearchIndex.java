package org.dramagraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.dramagraph.graph.EntityNames;
import org.dramagraph.graph.IndexedArticle;

/**
 * A Lucene index over articles (headline and text) and entity names, searched romanization- and
 * spacing-insensitively, with highlighted passages and hit counts by kind. {@link IndexSync} keeps it in line
 * with a store. Thread-safe: searches run beside updates and see them after {@link #commit()}.
 */
public final class SearchIndex implements AutoCloseable {
    /** The deepest hit a search can page to. */
    public static final int MAX_DEPTH = 10_000;
    /** The most servers one store's index folders serve at once. */
    private static final int MAX_COPIES = 64;
    private static final int PASSAGES = 2;
    /** The stored fields a hit shows (the text stays unread). */
    private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(Fields.KIND, Fields.KEY, Fields.TITLE,
            Fields.DATE, Fields.NAME, Fields.ALIAS);
    /** Entities a query names whose articles it finds. */
    private static final int NAMED = 5;

    private final Directory directory;
    private final Analyzer analyzer = Fields.analyzer();
    private final Queries queries = new Queries(analyzer);
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = new FacetsConfig();
    /** What is built once per index state rather than per search: the facet ordinals and the highlighter. */
    private final AtomicReference<ReaderState> state = new AtomicReference<>();

    private record ReaderState(IndexSearcher searcher, SortedSetDocValuesReaderState facets,
                               UnifiedHighlighter highlighter) {
    }

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        // an index made by another version of the documents is built anew: the sync fills it again
        boolean current = DirectoryReader.indexExists(directory) && Fields.SCHEMA.equals(
                SegmentInfos.readLatestCommit(directory).getUserData().get(Fields.SCHEMA_KEY));
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(current
                ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE));
        this.writer.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, Fields.SCHEMA).entrySet());
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens (or creates) an index in a folder. */
    public static SearchIndex open(Path folder) {
        try {
            return openOrThrow(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the index in a folder, or when another program (another server on the same store) holds it, in the
     * first of the folders beside it named {@code FOLDER.2}, {@code FOLDER.3}, ... that none holds: each server then
     * keeps its own index, brought in line with the store as any other.
     *
     * @return the index and the folder it is in
     */
    public static Opened openUnheld(Path folder) {
        for (int n = 1; n <= MAX_COPIES; n++) {
            Path copy = n == 1 ? folder : folder.resolveSibling(folder.getFileName() + "." + n);
            try {
                return new Opened(openOrThrow(copy), copy);
            } catch (LockObtainFailedException held) {
                // another server's: try the next folder
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the search index in " + copy + ": " + e.getMessage(), e);
            }
        }
        throw new UncheckedIOException(new IOException("cannot open the search index: " + folder + " and its "
                + (MAX_COPIES - 1) + " copies beside it are all held by other programs"));
    }

    /** An index and the folder it was opened in. */
    public record Opened(SearchIndex index, Path folder) {
    }

    private static SearchIndex openOrThrow(Path folder) throws IOException {
        Directory directory = FSDirectory.open(folder);
        try {
            return new SearchIndex(directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** An index held in memory, for tests and small stores. */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Searches articles and entity names.
     *
     * @param text   what the reader typed
     * @param kind   only hits of this kind, or {@code null} for all
     * @param offset index of the first hit to return
     * @param limit  the most hits to return
     * @throws IllegalArgumentException when {@code offset + limit} passes {@link #MAX_DEPTH}
     */
    public SearchResults search(String text, Kind kind, int offset, int limit) {
        if (offset < 0 || limit < 1 || offset + limit > MAX_DEPTH) {
            throw new IllegalArgumentException("results can be paged to the " + MAX_DEPTH + "th at most");
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, text, kind, offset, limit);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index: " + e.getMessage(), e);
        }
    }

    private SearchResults search(IndexSearcher searcher, String text, Kind kind, int offset, int limit)
            throws IOException {
        ReaderState reader = state(searcher);
        List<Queries.Named> named = named(searcher, text);
        Query articles = queries.articles(text, named);
        Query all = new BooleanQuery.Builder().add(queries.entities(text), Occur.SHOULD).add(articles, Occur.SHOULD)
                .build();
        // one pass gives the hits and their counts by kind; a kind asked for needs a second for its hits
        FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, all, offset + limit,
                new FacetsCollectorManager());
        Map<Kind, Long> counts = counts(reader, found);
        TopDocs top = kind == null ? found.topDocs() : searcher.search(filter(all, kind), offset + limit);
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                top.scoreDocs.length);
        String[] snippets = highlight(reader, queries.highlight(text, named), page);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc, HIT_FIELDS);
            Kind hitKind = Kind.parse(doc.get(Fields.KIND)).orElseThrow();
            if (hitKind == Kind.ARTICLE) {
                hits.add(new SearchHit(hitKind, doc.get(Fields.KEY), doc.get(Fields.TITLE),
                        doc.get(Fields.DATE) == null ? null : LocalDate.parse(doc.get(Fields.DATE)), snippets[i], List.of(), page[i].score));
            } else {
                String name = doc.get(Fields.NAME);
                List<String> aliases = Arrays.stream(doc.getValues(Fields.ALIAS)).filter(a -> !a.equals(name)).toList();
                hits.add(new SearchHit(hitKind, doc.get(Fields.KEY), name, null, null, aliases, page[i].score));
            }
        }
        long total = kind == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.get(kind);
        return new SearchResults(text, kind, hits, total, counts, offset, limit);
    }

    private static Map<Kind, Long> counts(ReaderState reader, FacetsCollectorManager.FacetsResult found)
            throws IOException {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            counts.put(k, 0L);
        }
        if (reader.facets() == null) {
            return counts; // an empty index has no facet values yet
        }
        FacetResult byKind = new SortedSetDocValuesFacetCounts(reader.facets(), found.facetsCollector())
                .getTopChildren(Kind.values().length, Fields.KIND);
        if (byKind != null) {
            for (LabelAndValue lv : byKind.labelValues) {
                Kind.parse(lv.label).ifPresent(k -> counts.put(k, lv.value.longValue()));
            }
        }
        return counts;
    }

    /** The facet ordinals and highlighter of the searcher's index state, built on its first search. */
    private ReaderState state(IndexSearcher searcher) throws IOException {
        ReaderState known = state.get();
        if (known != null && known.searcher() == searcher) {
            return known;
        }
        SortedSetDocValuesReaderState ords;
        try {
            ords = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facets);
        } catch (IllegalArgumentException noFacetsYet) {
            ords = null;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(1)
                .build();
        ReaderState fresh = new ReaderState(searcher, ords, highlighter);
        state.set(fresh);
        return fresh;
    }

    /** The entities the text names (by the key of a whole name), with their spellings. */
    private List<Queries.Named> named(IndexSearcher searcher, String text) throws IOException {
        List<Queries.Named> out = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(queries.namedEntities(text), NAMED).scoreDocs) {
            Document doc = stored.document(sd.doc);
            out.add(new Queries.Named(doc.get(Fields.KEY), List.of(doc.getValues(Fields.ALIAS))));
        }
        return out;
    }

    private String[] highlight(ReaderState reader, Query marked, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return new String[0];
        }
        int[] docs = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
        return reader.highlighter().highlightFields(new String[] {Fields.TEXT}, marked, docs, new int[] {PASSAGES})
                .get(Fields.TEXT);
    }

    private static Query filter(Query q, Kind kind) {
        return new BooleanQuery.Builder().add(q, Occur.MUST).add(Queries.kind(kind), Occur.FILTER).build();
    }

    /** Adds or replaces an article. */
    void put(IndexedArticle article) throws IOException {
        writer.updateDocument(new Term(Fields.UID, Documents.uid(article)), facets.build(Documents.article(article)));
    }

    /** Adds or replaces an entity. */
    void put(EntityNames entity) throws IOException {
        writer.updateDocument(new Term(Fields.UID, Documents.uid(entity.entity().id())),
                facets.build(Documents.entity(entity)));
    }

    void deleteArticle(String id) throws IOException {
        writer.deleteDocuments(new Term(Fields.UID, "a:" + id));
    }

    void deleteEntities() throws IOException {
        writer.deleteDocuments(new TermQuery(new Term(Fields.GROUP, Fields.ENTITY_GROUP)));
    }

    /** The indexed articles' ids with the content hash they were indexed at. */
    Map<String, String> articleHashes() throws IOException {
        Map<String, String> out = new HashMap<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            StoredFields stored = searcher.storedFields();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) {
                        continue;
                    }
                    Document doc = stored.document(leaf.docBase + i, java.util.Set.of(Fields.KIND, Fields.KEY, Fields.HASH));
                    if (Kind.ARTICLE.label().equals(doc.get(Fields.KIND))) {
                        out.put(doc.get(Fields.KEY), doc.get(Fields.HASH));
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return out;
    }

    /** Makes the changes durable and visible to searches. */
    void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** How many documents (articles and entities) the index holds. */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
        }
    }
}
