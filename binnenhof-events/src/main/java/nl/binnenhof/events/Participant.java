package nl.binnenhof.events;

import java.util.Locale;

import nl.binnenhof.actors.ActorType;

/**
 * An actor taking part in an event.
 *
 * @param actor canonical name (a person's "first last", a party key, an organisation)
 * @param via   how the sentence names it: name, surname, role ("de premier"), pronoun ("hij"), prefix
 *              ("CDA" of "CDA-fractie"), or speaker (the event is told in a quote of theirs)
 */
public record Participant(String actor, ActorType type, String via) {
    public String typeLabel() {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
