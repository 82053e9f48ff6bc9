package nl.binnenhof.query;

/** Checks article ids from outside before they are looked up. */
final class Ids {
    static final int MAX_LENGTH = 512;

    private Ids() {
    }

    static void check(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
            throw new QueryException("not an article id: give the id as stored (at most " + MAX_LENGTH
                    + " characters, no control characters)");
        }
    }
}
