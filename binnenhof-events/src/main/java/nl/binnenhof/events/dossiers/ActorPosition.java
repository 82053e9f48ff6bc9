package nl.binnenhof.events.dossiers;

/**
 * An actor's stance on a target, as the positions stage will report it; the slot a dossier keeps for them.
 *
 * @param polarity  "support" or "oppose", as in the gold format
 * @param articleId the article that states it
 * @param evidence  the sentence that states it
 */
public record ActorPosition(String actor, String target, String polarity, String articleId, String evidence) {
}
