package nl.binnenhof.query;

import java.util.List;

/**
 * Everything the record says of one actor.
 *
 * @param parties       a person's parties over time, in order: each a run of articles giving the same party
 * @param roles         each role the articles give, with the first and last article date and how many articles
 * @param coMentioned   the actors most often named in the same articles
 * @param articles      the newest articles naming the actor
 */
public record ActorProfile(ActorSummary actor, List<Period> parties, List<Period> roles, List<Count> coMentioned,
                           Page<ArticleHit> articles) {
}
