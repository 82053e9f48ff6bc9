package nl.binnenhof.analysis;

import java.util.List;
import java.util.Locale;

import nl.binnenhof.actors.Mention;
import nl.binnenhof.actors.PersonActor;
import nl.binnenhof.events.dossiers.ActorPosition;
import nl.binnenhof.events.dossiers.ArticleDigest;
import nl.binnenhof.positions.Position;
import nl.binnenhof.quotes.Quote;
import nl.binnenhof.text.Document;

/**
 * Everything extracted from one article, with the document and its layers for the evidence.
 *
 * @param parties       canonical keys of the parties mentioned, in order of first mention
 * @param organisations canonical names of the organisations mentioned, in order of first mention
 */
public record ArticleAnalysis(Document document, List<PersonActor> persons, List<String> parties,
                              List<String> organisations, List<Quote> quotes, List<Quote> indirectQuotes,
                              List<Mention> personMentions, List<Mention> partyMentions,
                              List<Mention> organisationMentions, List<Mention> references,
                              List<Position> positions) {

    public String id() {
        return document.article().id();
    }

    /** What dossier grouping needs of this article, with the stances the positions stage found in it. */
    public ArticleDigest dossierDigest() {
        List<ActorPosition> stances = positions.stream()
                .map(p -> new ActorPosition(p.actor(), p.target(), p.polarity().name().toLowerCase(Locale.ROOT),
                        id(), document.text().substring(p.begin(), p.end())))
                .toList();
        return ArticleDigest.of(document).withPositions(stances);
    }
}
