package nl.binnenhof.query;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import nl.binnenhof.store.DataDirectory;
import nl.binnenhof.store.Fields;
import nl.binnenhof.store.StoreCheck;
import nl.binnenhof.store.StoreFailure;
import nl.binnenhof.store.StoreSchema;

/**
 * The record, for reading: every query the command line and the REST API answer. Open one per data directory
 * and share it; it is thread-safe. It sees the store as of when it was opened or last {@link #refresh()}ed, so
 * an ingest running meanwhile shows up commit by commit.
 *
 * <p>Names (of persons, parties, speakers) may be given as stored ("Mark Rutte") or as users type them
 * ("rutte"): they are resolved to the most-named actor that fits. Query strings are parsed by Lucene's query
 * parser; a bad one raises {@link QueryException} with a message for the user.
 */
public final class Archive implements Closeable {
    private final DataDirectory data;
    private final Directory directory;
    private final SearcherManager searchers;
    private volatile CachedTable cachedTable;

    private record CachedTable(IndexReader reader, ActorTable table) {
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private Archive(DataDirectory data, Directory directory, SearcherManager searchers) {
        this.data = data;
        this.directory = directory;
        this.searchers = searchers;
    }

    /** @throws StoreFailure when there is no store in the data directory or it cannot be read */
    public static Archive open(DataDirectory data) throws IOException {
        if (!data.hasStore()) {
            throw new StoreFailure("no store in " + data + "; create one with: binnenhof ingest --data " + data
                    + " PATH...");
        }
        Directory directory = FSDirectory.open(data.index());
        try {
            StoreSchema.check(directory, data);
            return new Archive(data, directory, new SearcherManager(directory, null));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    public DataDirectory data() {
        return data;
    }

    /** Sees what was committed since it was opened or last refreshed. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    // ---- articles

    /** Full-text search with filters; ranked by relevance or date. */
    public Page<ArticleHit> search(ArticleQuery query, Paging paging) {
        return read(s -> ArticleSearch.search(s, query, paging, names(s)));
    }

    /** One article as stored, with its whole analysis. */
    public Optional<StoredArticle> article(String id) {
        Ids.check(id);
        return read(s -> {
            TopDocs top = s.search(Filters.of(Fields.TYPE_ARTICLE).term(Fields.ARTICLE, id).build(), 1);
            return top.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(storedArticle(s.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    // ---- quotes

    /** Quotes, newest first; by speaker, party, text, kind and date as the query says. */
    public Page<QuoteHit> quotes(QuoteQuery query, Paging paging) {
        return read(s -> QuoteSearch.search(s, query, paging, names(s)));
    }

    // ---- actors and parties

    /** The stored name meant by a name as typed ("rutte" gives "Mark Rutte"), of any type. */
    public Optional<String> resolveActor(String typed) {
        return read(s -> Optional.ofNullable(table(s).resolve(typed, null)));
    }

    /**
     * Actors by articles naming them, most first.
     *
     * @param match only names containing this, ignoring case; null for all
     * @param type  person, party or organisation; null for all
     */
    public Page<ActorSummary> actors(String match, String type, Paging paging) {
        return read(s -> page(table(s).matching(match, type), paging));
    }

    public Optional<ActorProfile> actor(String name) {
        return read(s -> {
            ActorTable table = table(s);
            String resolved = table.resolve(name, null);
            return resolved == null ? Optional.empty() : Optional.of(Profiles.actor(s, table.get(resolved)));
        });
    }

    public Page<ActorSummary> parties(Paging paging) {
        return actors(null, "party", paging);
    }

    public Optional<PartyProfile> party(String name) {
        return read(s -> {
            ActorTable table = table(s);
            String resolved = table.resolve(name, "party");
            return resolved == null ? Optional.empty() : Optional.of(Profiles.party(s, table.get(resolved)));
        });
    }

    // ---- timelines and networks

    /**
     * Mentions, articles and quotes per day, week or month.
     *
     * @throws QueryException when the actor or party is not in the store
     */
    public Timeline timeline(TimelineQuery query) {
        return read(s -> {
            String name = switch (query.subject()) {
                case ACTOR -> known(table(s).resolve(query.value(), null), "actor", query.value());
                case PARTY -> known(table(s).resolve(query.value(), "party"), "party", query.value());
                case QUERY -> query.value();
            };
            return Timelines.timeline(s, query, name, names(s));
        });
    }

    /** @throws QueryException when the centre actor is not in the store */
    public Network network(NetworkQuery query) {
        return read(s -> {
            String center = null;
            String type = null;
            if (query.actor() != null && !query.actor().isBlank()) {
                center = known(table(s).resolve(query.actor(), null), "actor", query.actor());
                type = table(s).get(center).type();
            }
            return Networks.network(s, query, center, type, names(s));
        });
    }

    // ---- exports: whole results, streamed, oldest first

    /** Every article the query matches, as stored; returns how many. */
    public long exportArticles(ArticleQuery query, Consumer<StoredArticle> sink) {
        return read(s -> Streams.inDateOrder(s, ArticleSearch.query(query, names(s)),
                doc -> sink.accept(storedArticle(doc))));
    }

    /** Every quote the query matches; returns how many. */
    public long exportQuotes(QuoteQuery query, Consumer<QuoteHit> sink) {
        return read(s -> Streams.inDateOrder(s, QuoteSearch.query(query, names(s)),
                doc -> sink.accept(QuoteSearch.hit(doc))));
    }

    /**
     * Every actor named in every article (optionally one actor, one type, a date range): who appears where.
     * Returns how many rows.
     */
    public long exportMentions(String actor, String type, DateRange dates, Consumer<MentionRow> sink) {
        return read(s -> {
            Filters filters = Filters.of(Fields.TYPE_MENTION).dates(dates == null ? DateRange.ALL : dates);
            if (actor != null && !actor.isBlank()) {
                filters.term(Fields.ACTOR, known(table(s).resolve(actor, type), "actor", actor));
            }
            if (type != null) {
                filters.term(Fields.ACTOR_TYPE, type.toLowerCase(Locale.ROOT));
            }
            return Streams.inDateOrder(s, filters.build(), doc -> sink.accept(new MentionRow(doc.get(Fields.ARTICLE),
                    doc.get(Fields.DATE), doc.get(Fields.ACTOR), doc.get(Fields.ACTOR_TYPE),
                    doc.getField(Fields.MENTIONS).numericValue().intValue(), doc.get(Fields.ACTOR_PARTY),
                    List.of(doc.getValues(Fields.ROLE)))));
        });
    }

    // ---- the store itself

    public StoreStats stats() {
        return read(s -> Statistics.of(s, table(s), data));
    }

    /** Checks that every article is stored once with all its quotes and mentions. */
    public StoreCheck.Report check() {
        return read(s -> StoreCheck.check(s.getIndexReader()));
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            directory.close();
        }
    }

    // ---- internals

    private <T> T read(Work<T> work) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return work.run(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the store in " + data + " failed: " + e.getMessage(), e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private ActorTable table(IndexSearcher searcher) throws IOException {
        CachedTable cached = cachedTable;
        if (cached == null || cached.reader() != searcher.getIndexReader()) {
            cached = new CachedTable(searcher.getIndexReader(), ActorTable.build(searcher));
            cachedTable = cached;
        }
        return cached.table();
    }

    /**
     * Resolves names for a field: a name stored in that very field is taken as it is, without building the
     * actor table; any other is looked up among the actors of the field's type.
     */
    private Names names(IndexSearcher searcher) {
        return (field, typed) -> {
            String name = typed.strip();
            try {
                if (searcher.getIndexReader().docFreq(new Term(field, name)) > 0) {
                    return name;
                }
                String type = switch (field) {
                    case Fields.PARTY, Fields.SPEAKER_PARTY -> "party";
                    case Fields.ORGANISATION -> "organisation";
                    case Fields.PERSON -> "person";
                    default -> null;
                };
                return table(searcher).resolve(name, type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static String known(String resolved, String what, String typed) {
        if (resolved == null) {
            throw new QueryException("no " + what + " named \"" + typed + "\" in the store");
        }
        return resolved;
    }

    private static <T> Page<T> page(List<T> all, Paging paging) {
        int from = Math.min(paging.offset(), all.size());
        return new Page<>(new ArrayList<>(all.subList(from, Math.min(paging.end(), all.size()))), all.size(),
                paging.offset());
    }

    private static StoredArticle storedArticle(Document doc) {
        return new StoredArticle(doc.get(Fields.ARTICLE), doc.get(Fields.DATE), doc.get(Fields.TITLE),
                doc.get(Fields.HEADLINE), doc.get(Fields.SOURCE), doc.get(Fields.ORIGIN), doc.get(Fields.TEXT),
                StoredJson.parse(doc.get(Fields.ANALYSIS)));
    }
}
