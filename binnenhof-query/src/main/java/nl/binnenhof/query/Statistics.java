package nl.binnenhof.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

import nl.binnenhof.store.DataDirectory;
import nl.binnenhof.store.Fields;

/** What a store holds: counts by kind of document and actor, the span of dates, the size on disk. */
final class Statistics {
    private Statistics() {
    }

    static StoreStats of(IndexSearcher searcher, ActorTable actors, DataDirectory data) throws IOException {
        long[] days = {Long.MAX_VALUE, Long.MIN_VALUE};
        Matches.forEach(searcher, new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE)), leaf -> {
            NumericDocValues day = DocValues.getNumeric(leaf.reader(), Fields.DAY);
            return doc -> {
                if (day.advanceExact(doc)) {
                    days[0] = Math.min(days[0], day.longValue());
                    days[1] = Math.max(days[1], day.longValue());
                }
            };
        });
        return new StoreStats(data.toString(), count(searcher, Fields.TYPE_ARTICLE),
                count(searcher, Fields.TYPE_QUOTE), count(searcher, Fields.TYPE_MENTION),
                actors.matching(null, "person").size(), actors.matching(null, "party").size(),
                actors.matching(null, "organisation").size(),
                days[0] == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(days[0]).toString(),
                days[1] == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(days[1]).toString(), size(data.index()));
    }

    private static long count(IndexSearcher searcher, String type) throws IOException {
        return searcher.count(new TermQuery(new Term(Fields.TYPE, type)));
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // merged away meanwhile
                }
            }).sum();
        }
    }
}
