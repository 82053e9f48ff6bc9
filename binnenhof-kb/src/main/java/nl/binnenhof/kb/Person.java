package nl.binnenhof.kb;

import java.util.List;
import java.util.Optional;

/**
 * A person the knowledge base knows.
 *
 * @param name    canonical name: first name as used in the news, then last name ("Sybrand Buma")
 * @param gender  'm', 'f' or '?' — used to resolve "hij" and "zij"
 * @param aliases other spellings of the full name ("Dilan Yesilgöz")
 */
public record Person(String name, char gender, List<String> aliases, List<Affiliation> affiliations,
                     List<Office> offices) {

    /** The party the person belonged to during the range, the latest one when several overlap. */
    public Optional<String> partyOn(DateRange when) {
        String found = null;
        for (Affiliation a : affiliations) {
            if (a.period().overlaps(when)) {
                found = a.party();
            }
        }
        return Optional.ofNullable(found);
    }

    public List<Office> officesOn(DateRange when) {
        return offices.stream().filter(o -> o.period().overlaps(when)).toList();
    }

    /** Whether the person held any office or party seat in the range. */
    public boolean activeIn(DateRange when) {
        return offices.stream().anyMatch(o -> o.period().overlaps(when));
    }
}
