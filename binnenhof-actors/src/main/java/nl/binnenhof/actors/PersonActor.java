package nl.binnenhof.actors;

import java.util.List;

/**
 * A person named in an article, with what the text and the knowledge base say of them.
 *
 * @param name        canonical name: first name and last name
 * @param party       party as the text states it, else as the knowledge base knows it for the article's
 *                    date, else null
 * @param partySource "text", "knowledge base" or null
 * @param roles       roles the text gives the person, as base nouns (premier, minister, partijleider, ...),
 *                    former ones included ("oud-verkenner" gives verkenner)
 * @param formerRoles those of the roles the text marks as former ("oud-", "toenmalig", "was minister")
 * @param gender      'm', 'f' or '?'
 * @param known       whether the knowledge base knows the person
 */
public record PersonActor(String name, String party, String partySource, List<String> roles,
                          List<String> formerRoles, char gender, boolean known) {

    /** The same person with more roles, as references elsewhere in the text give them. */
    public PersonActor withRoles(List<String> more) {
        List<String> all = new java.util.ArrayList<>(roles);
        more.stream().filter(r -> !all.contains(r)).forEach(all::add);
        return new PersonActor(name, party, partySource, List.copyOf(all), formerRoles, gender, known);
    }
}
