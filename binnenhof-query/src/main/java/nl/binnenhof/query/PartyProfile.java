package nl.binnenhof.query;

import java.util.List;

/**
 * Everything the record says of one party.
 *
 * @param quotes      quotes by the party's people or the party itself
 * @param members     persons given this party, by articles naming them
 * @param speakers    who speaks for the party, by quotes
 * @param coMentioned parties most often named in the same articles
 * @param articles    the newest articles naming the party
 */
public record PartyProfile(ActorSummary party, long quotes, List<Count> members, List<Count> speakers, List<Count> coMentioned,
                           Page<ArticleHit> articles) {
}
