package nl.binnenhof.server.api;

import java.util.ArrayList;
import java.util.List;

/** Parameters several endpoints share, declared once so they read and validate the same everywhere. */
final class Common {
    /** The largest page the API returns; whole results come from the exports. */
    static final int MAX_LIMIT = 100;
    static final int NAME_LENGTH = 200;
    static final int QUERY_LENGTH = 1000;

    static final Param OFFSET = Param.integer("offset", 0, 9_999, 0, "Results to skip (offset + limit ≤ 10000).");
    static final Param LIMIT = Param.integer("limit", 1, MAX_LIMIT, 20, "Results per page, 1 to " + MAX_LIMIT + ".");
    static final Param FROM = Param.date("from",
            "Only from this date on: YYYY, YYYY-MM or YYYY-MM-DD (from the first day of it).").example("2010");
    static final Param TO = Param.date("to",
            "Only up to this date: YYYY, YYYY-MM or YYYY-MM-DD (to the last day of it).");
    static final Param QUERY = Param.text("q", QUERY_LENGTH, "Full-text query over the Dutch-stemmed text: words "
            + "(all required), \"phrases\", AND, OR, NOT, -word, (groups), prefix*, and the fields title:, person:, "
            + "party:, organisation:.");
    static final Param PERSON = Param.text("person", NAME_LENGTH,
            "Only articles naming this person: a canonical name or a unique part of one, such as a surname.");
    static final Param PARTY = Param.text("party", NAME_LENGTH, "Only articles naming this party (VVD, CDA, GL-PvdA, …).");

    private Common() {
    }

    static List<Param> paged(Param... params) {
        List<Param> all = new ArrayList<>(List.of(params));
        all.add(OFFSET);
        all.add(LIMIT);
        return all;
    }
}
