package nl.binnenhof.spark.tables;

import static nl.binnenhof.spark.tables.Columns.INT;
import static nl.binnenhof.spark.tables.Columns.STRING;
import static nl.binnenhof.spark.tables.Columns.articleId;
import static nl.binnenhof.spark.tables.Columns.optional;
import static nl.binnenhof.spark.tables.Columns.required;

import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import nl.binnenhof.analysis.ArticleAnalysis;
import nl.binnenhof.events.EventLayers;
import nl.binnenhof.events.NegotiationEvent;
import nl.binnenhof.events.Participant;

/**
 * {@code events}: negotiation events (started, stalled, deal, proposal rejected, deadline, apology, cabinet falls)
 * with the actors involved and the date resolved against the article's date.
 *
 * <p>One row per event of the events stage: its type, participants, the date as precisely as it is known
 * (with the expression it came from), the cue, and the offsets of cue and evidence sentence.
 */
final class EventsTable implements Table {

    private static final StructType SCHEMA = Columns.schema(
            articleId(),
            required("type", STRING),
            required("hypothetical", Columns.BOOLEAN),
            required("actors", Columns.STRINGS),
            optional("date", STRING),
            optional("date_text", STRING),
            optional("cue", STRING),
            required("begin", INT),
            required("end", INT),
            required("sentence_begin", INT),
            required("sentence_end", INT));

    @Override
    public String name() {
        return "events";
    }

    @Override
    public StructType schema() {
        return SCHEMA;
    }

    @Override
    public List<Row> rows(ArticleAnalysis a) {
        return a.document().get(EventLayers.EVENTS).stream().map(e -> row(a, e)).toList();
    }

    private static Row row(ArticleAnalysis a, NegotiationEvent e) {
        List<String> actors = e.participants().stream().map(Participant::actor).toList();
        return RowFactory.create(a.id(), e.type().label(), e.hypothetical(), Columns.array(actors),
                e.date() == null ? null : e.date().value(), e.dateText(), e.cue(), e.begin(), e.end(),
                e.sentenceBegin(), e.sentenceEnd());
    }
}
