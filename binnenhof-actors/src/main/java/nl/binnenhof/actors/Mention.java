package nl.binnenhof.actors;

import nl.binnenhof.text.Span;

/**
 * A stretch of text that refers to an actor.
 *
 * @param actor      canonical name of the actor: a person's "first last", a party key, an organisation
 * @param firstToken index of the first token covered
 * @param endToken   index one past the last token covered
 */
public record Mention(int begin, int end, String actor, ActorType type, MentionForm form, int firstToken,
                      int endToken) implements Span {
}
