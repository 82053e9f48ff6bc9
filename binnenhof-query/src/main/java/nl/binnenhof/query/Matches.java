package nl.binnenhof.query;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Visits every live document that matches a query, segment by segment and in document order (so doc values
 * can be read forward), without scoring: the base of every count, timeline, profile and network.
 */
final class Matches {
    interface LeafVisitor {
        DocVisitor leaf(LeafReaderContext leaf) throws IOException;
    }

    interface DocVisitor {
        void visit(int doc) throws IOException;
    }

    private Matches() {
    }

    static void forEach(IndexSearcher searcher, Query query, LeafVisitor visitor) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocVisitor docs = visitor.leaf(leaf);
            scorer.score(new LeafCollector() {
                @Override
                public void setScorer(Scorable scorable) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    docs.visit(doc);
                }
            }, leaf.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
        }
    }
}
