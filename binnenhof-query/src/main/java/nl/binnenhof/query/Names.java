package nl.binnenhof.query;

/** Resolves a name as a user typed it, for a field (person, party, organisation, speaker), to the stored one. */
@FunctionalInterface
interface Names {
    /** The stored name, or null when the store has none that fits. */
    String resolve(String field, String typed);
}
