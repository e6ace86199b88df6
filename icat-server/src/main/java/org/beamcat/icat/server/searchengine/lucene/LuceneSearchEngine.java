package org.beamcat.icat.server.searchengine.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.MMapDirectory;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.MemberNames;
import org.beamcat.icat.server.searchengine.ReadableFilter;
import org.beamcat.icat.server.searchengine.SearchCursor;
import org.beamcat.icat.server.searchengine.SearchDocument;
import org.beamcat.icat.server.searchengine.SearchEngine;
import org.beamcat.icat.server.searchengine.SearchEngineException;
import org.beamcat.icat.server.searchengine.SearchPage;
import org.beamcat.icat.server.searchengine.SearchQuery;

/**
 * The embedded adapter: one Lucene index in a directory of the domain, one writer, near-real-time searchers
 * refreshed at each {@link #commit()}.
 *
 * <p>When the caller does not read everything, the query is first restricted to what the caller reads: to the
 * investigations the {@link ReadableFilter} names, when the caller's rules are about investigations (one filter,
 * however many entities match); otherwise, and for the matches outside those investigations when other rules
 * remain, the matches' entity ids (from doc values, no stored fields) are handed to the filter in chunks. Then the
 * restricted query gives the page, the total and the facet counts, so all three are exact for the caller. Matches
 * to check one by one beyond {@code maxCandidates} make the search BAD_PARAMETER (narrow it) rather than slow for
 * everyone.
 */
public final class LuceneSearchEngine implements SearchEngine {

    private static final Logger LOG = Logger.getLogger(LuceneSearchEngine.class.getName());
    private static final int READABLE_CHUNK = 5_000;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QueryTranslator translator = new QueryTranslator(new CatalogueAnalyzer(false));
    private final int maxCandidates;
    private volatile boolean complete;

    private LuceneSearchEngine(Directory directory, IndexWriter writer, int maxCandidates, boolean openedComplete)
            throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.maxCandidates = maxCandidates;
        this.complete = openedComplete;
    }

    /**
     * Opens (or creates) the index in {@code path}. An index that cannot be opened (corrupt, from another Lucene) is
     * moved aside and replaced by an empty one: {@link #isComplete()} then says a rebuild is needed.
     */
    public static LuceneSearchEngine open(Path path, int maxCandidates) throws SearchEngineException {
        try {
            Files.createDirectories(path);
            Directory directory = new MMapDirectory(path);
            try {
                return open(directory, maxCandidates);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw new SearchEngineException("search index in " + path + " is in use by another writer (another"
                        + " deployment or domain): " + e.getMessage(), e);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Search index in " + path + " cannot be opened; it is moved aside and rebuilt", e);
                directory.close();
                Path aside = path.resolveSibling(path.getFileName() + ".broken-" + System.currentTimeMillis());
                Files.move(path, aside);
                Files.createDirectories(path);
                return open(FSDirectory.open(path), maxCandidates);
            }
        } catch (IOException e) {
            throw new SearchEngineException("search index in " + path + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** Opens an index in any directory (tests use a byte-buffer one). */
    public static LuceneSearchEngine open(Directory directory, int maxCandidates) throws IOException {
        boolean existed = DirectoryReader.indexExists(directory);
        boolean complete = false;
        if (existed) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                complete = "true".equals(reader.getIndexCommit().getUserData().get(LuceneFields.COMPLETE));
            }
        }
        IndexWriterConfig config = new IndexWriterConfig(new CatalogueAnalyzer(true));
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        IndexWriter writer = new IndexWriter(directory, config);
        if (!existed) {
            writer.setLiveCommitData(Map.of(LuceneFields.COMPLETE, "false").entrySet());
            writer.commit();
        }
        return new LuceneSearchEngine(directory, writer, maxCandidates, complete);
    }

    @Override
    public boolean isComplete() {
        return complete;
    }

    @Override
    public void markComplete(boolean complete) throws SearchEngineException {
        writer.setLiveCommitData(Map.of(LuceneFields.COMPLETE, Boolean.toString(complete)).entrySet());
        commit();
        this.complete = complete;
    }

    @Override
    public void upsert(Collection<SearchDocument> documents) throws SearchEngineException {
        try {
            for (SearchDocument document : documents) {
                writer.updateDocument(new Term(LuceneFields.KEY, LuceneFields.key(document.kind(), document.id())),
                        DocumentMapper.toLucene(document));
            }
        } catch (IOException | RuntimeException e) {
            throw failure("index", e);
        }
    }

    @Override
    public void delete(EntityKind kind, long id) throws SearchEngineException {
        try {
            switch (kind) {
                case INVESTIGATION -> writer.deleteDocuments(new Term(LuceneFields.INVESTIGATION, Long.toString(id)));
                case DATASET -> writer.deleteDocuments(new Term(LuceneFields.DATASET, Long.toString(id)));
                case DATAFILE -> writer.deleteDocuments(new Term(LuceneFields.KEY, LuceneFields.key(kind, id)));
            }
        } catch (IOException | RuntimeException e) {
            throw failure("delete from", e);
        }
    }

    @Override
    public void clear(EntityKind kind) throws SearchEngineException {
        try {
            if (kind == null) {
                writer.deleteAll();
            } else {
                writer.deleteDocuments(new Term(LuceneFields.KIND, kind.icatName()));
            }
        } catch (IOException | RuntimeException e) {
            throw failure("clear", e);
        }
    }

    @Override
    public void commit() throws SearchEngineException {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            throw failure("commit", e);
        }
    }

    @Override
    public long count(EntityKind kind) throws SearchEngineException {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.count(new TermQuery(new Term(LuceneFields.KIND, kind.icatName())));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | RuntimeException e) {
            throw failure("count", e);
        }
    }

    @Override
    public SearchPage search(SearchQuery query, ReadableFilter readable) throws IcatServerException {
        MemberNames.check(query, readable);
        Sort sort = QueryTranslator.sort(query);
        FieldDoc after = query.searchAfter().isPresent() ? Cursors.toFieldDoc(query.searchAfter().get(), sort) : null;
        FacetCounter facets = new FacetCounter(query.facets());
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException | RuntimeException e) {
            throw internal(e);
        }
        try {
            Query base = withMember(searcher, query, translator.translate(query));
            Query restricted = readable.readsEverything() ? base : restrict(searcher, query.target(), base, readable);
            if (after != null) {
                // The id makes sort values unique; the entity of the cursor itself must compare as already seen.
                after.doc = Math.max(0, searcher.getIndexReader().maxDoc() - 1);
            }
            long total = searcher.count(restricted);
            TopFieldDocs top = searcher.searchAfter(after, restricted, query.pageSize(), sort, true);
            List<SearchPage.Hit> hits = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                FieldDoc fieldDoc = (FieldDoc) scoreDoc;
                Object id = fieldDoc.fields[fieldDoc.fields.length - 1];
                hits.add(new SearchPage.Hit((Long) id, fieldDoc.score, MemberNames.shown(source(stored.document(fieldDoc.doc)), readable)));
            }
            if (!query.facets().isEmpty()) {
                searcher.search(restricted, facets);
            }
            Optional<SearchCursor> next = top.scoreDocs.length == query.pageSize()
                    ? Optional.of(Cursors.of((FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]))
                    : Optional.empty();
            return new SearchPage(hits, total, facets.results(), next);
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses) {
                throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "the search expands to too many terms");
            }
            throw internal(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Search index searcher could not be released", e);
            }
        }
    }

    /** The 4.7 {@code user}: investigations where the user is a member, and datasets and datafiles below them. */
    private Query withMember(IndexSearcher searcher, SearchQuery query, Query base) throws IOException {
        if (query.user() == null || query.user().isBlank()) {
            return base;
        }
        Query member = QueryTranslator.member(query.user());
        if (query.target() != EntityKind.INVESTIGATION) {
            Query investigations = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(LuceneFields.KIND, EntityKind.INVESTIGATION.icatName())),
                            BooleanClause.Occur.FILTER)
                    .add(member, BooleanClause.Occur.FILTER).build();
            long[] ids = IdCollector.collect(searcher, investigations, Integer.MAX_VALUE);
            member = ids.length == 0 ? new MatchNoDocsQuery() : LongPoint.newSetQuery(LuceneFields.INVESTIGATION_ID, ids);
        }
        return new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST).add(member, BooleanClause.Occur.FILTER)
                .build();
    }

    private Query restrict(IndexSearcher searcher, EntityKind kind, Query base, ReadableFilter readable)
            throws IOException, IcatServerException {
        Optional<ReadableFilter.ByInvestigation> byInvestigation = readable.byInvestigation(kind);
        if (byInvestigation.isEmpty()) {
            return onlyIds(base, readableCandidates(searcher, kind, base, readable));
        }
        if (byInvestigation.get().all()) {
            return base;
        }
        long[] investigations = byInvestigation.get().investigationIds();
        Query inReadableInvestigations = investigations.length == 0 ? new MatchNoDocsQuery()
                : LongPoint.newSetQuery(LuceneFields.INVESTIGATION_ID, investigations);
        if (!byInvestigation.get().othersRemain()) {
            return new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST)
                    .add(inReadableInvestigations, BooleanClause.Occur.FILTER).build();
        }
        // Rules that are not about the investigation alone decide the matches outside those investigations.
        Query outside = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST)
                .add(inReadableInvestigations, BooleanClause.Occur.MUST_NOT).build();
        long[] alsoReadable = readableCandidates(searcher, kind, outside, readable);
        Query readableOnes = alsoReadable.length == 0 ? inReadableInvestigations
                : new BooleanQuery.Builder().add(inReadableInvestigations, BooleanClause.Occur.SHOULD)
                        .add(LongPoint.newSetQuery(LuceneFields.ID, alsoReadable), BooleanClause.Occur.SHOULD).build();
        return new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST)
                .add(readableOnes, BooleanClause.Occur.FILTER).build();
    }

    /** The ids of the matches of {@code query} that the filter says are readable, asked in chunks. */
    private long[] readableCandidates(IndexSearcher searcher, EntityKind kind, Query query, ReadableFilter readable)
            throws IOException, IcatServerException {
        long[] candidates = IdCollector.collect(searcher, query, maxCandidates);
        if (candidates == null) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "the search matches more than " + maxCandidates
                    + " entities; narrow it (more words, a filter, a range)");
        }
        List<Long> allowed = new ArrayList<>();
        for (int from = 0; from < candidates.length; from += READABLE_CHUNK) {
            List<Long> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(candidates.length, from + READABLE_CHUNK); i++) {
                chunk.add(candidates[i]);
            }
            allowed.addAll(readable.readable(kind, chunk));
        }
        return allowed.stream().mapToLong(Long::longValue).toArray();
    }

    private static Query onlyIds(Query base, long[] ids) {
        if (ids.length == 0) {
            return new MatchNoDocsQuery();
        }
        return new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST)
                .add(LongPoint.newSetQuery(LuceneFields.ID, ids), BooleanClause.Occur.FILTER).build();
    }

    private static Map<String, List<String>> source(Document document) {
        Map<String, List<String>> source = new LinkedHashMap<>();
        for (IndexableField field : document.getFields()) {
            if (field.name().startsWith("_") || field.stringValue() == null) {
                continue;
            }
            source.computeIfAbsent(field.name(), name -> new ArrayList<>()).add(field.stringValue());
        }
        return source;
    }

    @Override
    public void close() throws SearchEngineException {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException | RuntimeException e) {
            throw failure("close", e);
        }
    }

    private static SearchEngineException failure(String action, Exception e) {
        return new SearchEngineException("cannot " + action + " the search index: " + e.getMessage(), e);
    }

    private static IcatServerException internal(Exception e) {
        LOG.log(Level.SEVERE, "Search index failed", e);
        return new IcatServerException(IcatErrorType.INTERNAL, "the search index could not be read");
    }

}
