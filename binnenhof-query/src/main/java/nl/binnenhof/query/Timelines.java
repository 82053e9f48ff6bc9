package nl.binnenhof.query;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import nl.binnenhof.query.TimelineQuery.Granularity;
import nl.binnenhof.store.Fields;

/** Counts over time from doc values: mention documents for actors and parties, articles for queries, quotes. */
final class Timelines {
    private static final int ARTICLES = 0;
    private static final int MENTIONS = 1;
    private static final int QUOTES = 2;

    private Timelines() {
    }

    /** @param name the canonical actor or party name, or the query */
    static Timeline timeline(IndexSearcher searcher, TimelineQuery q, String name, Names names) throws IOException {
        Buckets buckets = new Buckets(q.by());
        switch (q.subject()) {
            case ACTOR -> {
                buckets.addMentions(searcher, Filters.of(Fields.TYPE_MENTION).term(Fields.ACTOR, name)
                        .dates(q.dates()).build());
                buckets.add(searcher, Filters.of(Fields.TYPE_QUOTE).term(Fields.SPEAKER, name).dates(q.dates())
                        .build(), QUOTES);
            }
            case PARTY -> {
                buckets.addMentions(searcher, Filters.of(Fields.TYPE_MENTION).term(Fields.ACTOR, name)
                        .dates(q.dates()).build());
                buckets.add(searcher, Filters.of(Fields.TYPE_QUOTE).term(Fields.SPEAKER_PARTY, name)
                        .dates(q.dates()).build(), QUOTES);
            }
            case QUERY -> {
                Query articles = Filters.of(Fields.TYPE_ARTICLE)
                        .must(UserQueries.parse(name, Fields.TEXT, UserQueries.ARTICLE_FIELDS, names::resolve))
                        .dates(q.dates()).build();
                buckets.add(searcher, articles, ARTICLES, MENTIONS);
                Query quotes = Filters.of(Fields.TYPE_QUOTE)
                        .must(UserQueries.parse(name, Fields.QUOTE_TEXT, UserQueries.QUOTE_FIELDS, names::resolve))
                        .dates(q.dates()).build();
                buckets.add(searcher, quotes, QUOTES);
            }
        }
        return new Timeline(q.subject().name().toLowerCase(), name, q.by().name().toLowerCase(), buckets.list(),
                buckets.undated);
    }

    /** Counts by bucket start (epoch day). */
    private static final class Buckets {
        private final Granularity by;
        private final TreeMap<Long, long[]> counts = new TreeMap<>();
        private long undated;

        Buckets(Granularity by) {
            this.by = by;
        }

        void addMentions(IndexSearcher searcher, Query mentionDocuments) throws IOException {
            Matches.forEach(searcher, mentionDocuments, leaf -> {
                NumericDocValues days = DocValues.getNumeric(leaf.reader(), Fields.DAY);
                NumericDocValues mentions = DocValues.getNumeric(leaf.reader(), Fields.MENTIONS);
                return doc -> {
                    long[] c = bucket(Values.number(days, doc, Long.MIN_VALUE), true);
                    if (c != null) {
                        c[ARTICLES]++;
                        c[MENTIONS] += Values.number(mentions, doc, 1);
                    }
                };
            });
        }

        void add(IndexSearcher searcher, Query query, int... columns) throws IOException {
            Matches.forEach(searcher, query, leaf -> {
                NumericDocValues days = DocValues.getNumeric(leaf.reader(), Fields.DAY);
                boolean articles = columns[0] == ARTICLES;
                return doc -> {
                    long[] c = bucket(Values.number(days, doc, Long.MIN_VALUE), articles);
                    if (c != null) {
                        for (int column : columns) {
                            c[column]++;
                        }
                    }
                };
            });
        }

        /** The counts of the bucket of the day, or null when undated (counted when it is an article). */
        private long[] bucket(long day, boolean article) {
            if (day == Long.MIN_VALUE) {
                undated += article ? 1 : 0;
                return null;
            }
            return counts.computeIfAbsent(start(LocalDate.ofEpochDay(day)).toEpochDay(), k -> new long[3]);
        }

        private LocalDate start(LocalDate day) {
            return switch (by) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        private LocalDate next(LocalDate start) {
            return switch (by) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
            };
        }

        /** Every bucket from the first to the last with counts, empty ones included. */
        List<Timeline.Bucket> list() {
            List<Timeline.Bucket> out = new ArrayList<>();
            if (counts.isEmpty()) {
                return out;
            }
            LocalDate last = LocalDate.ofEpochDay(counts.lastKey());
            for (LocalDate d = LocalDate.ofEpochDay(counts.firstKey()); !d.isAfter(last); d = next(d)) {
                long[] c = counts.getOrDefault(d.toEpochDay(), new long[3]);
                out.add(new Timeline.Bucket(d.toString(), c[ARTICLES], c[MENTIONS], c[QUOTES]));
            }
            return out;
        }
    }
}
