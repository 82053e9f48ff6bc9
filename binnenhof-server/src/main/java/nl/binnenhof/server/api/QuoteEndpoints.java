package nl.binnenhof.server.api;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import nl.binnenhof.query.Archive;
import nl.binnenhof.query.Page;
import nl.binnenhof.query.QuoteHit;
import nl.binnenhof.query.QuoteQuery;

/** Quotes by speaker, party, words, kind and date, each with its source sentence and article. */
final class QuoteEndpoints {
    static final String TAG = "Quotes";
    static final Param SPEAKER = Param.text("speaker", Common.NAME_LENGTH,
            "Only quotes by this speaker: a canonical name or a unique part of one, such as a surname.");
    static final Param PARTY = Param.text("party", Common.NAME_LENGTH,
            "Only quotes by this party's people (their party as of the article) or by the party itself.");
    static final Param WORDS = Param.text("q", Common.QUERY_LENGTH,
            "Query over the quoted words: words, \"phrases\", AND, OR, NOT, prefix* (no fields).");
    static final Param KIND = Param.choice("kind", List.of("direct", "mixed", "indirect"), null,
            "Only quotes of this kind.");

    private QuoteEndpoints() {
    }

    static List<Endpoint> all(Archive archive) {
        return List.of(new Endpoint("/api/quotes", TAG, "Quotes",
                "Quotes, newest first, each with its speaker, cue, kind, the source sentence and the offsets of the "
                        + "quoted words and of the sentence in the article text.",
                Common.paged(SPEAKER.example("Rutte"), PARTY, WORDS, KIND, Common.FROM, Common.TO),
                new TypeReference<Page<QuoteHit>>() { }.getType(), List.of(),
                p -> archive.quotes(query(p), p.paging())));
    }

    static QuoteQuery query(Params p) {
        return new QuoteQuery(p.text("speaker"), p.text("party"), p.text("q"), p.choice("kind"), p.dates());
    }
}
