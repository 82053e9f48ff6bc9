package nl.binnenhof.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;

import nl.binnenhof.store.Fields;

/** Actor and party profiles, aggregated from mention, article and quote documents. */
final class Profiles {
    static final int TOP = 15;
    private static final int ARTICLES = 10;

    private Profiles() {
    }

    static ActorProfile actor(IndexSearcher searcher, ActorSummary actor) throws IOException {
        List<Dated> dated = new ArrayList<>();
        Matches.forEach(searcher, Filters.of(Fields.TYPE_MENTION).term(Fields.ACTOR, actor.name()).build(), leaf -> {
            NumericDocValues days = DocValues.getNumeric(leaf.reader(), Fields.DAY);
            SortedSetDocValues parties = DocValues.getSortedSet(leaf.reader(), Fields.ACTOR_PARTY);
            SortedSetDocValues roles = DocValues.getSortedSet(leaf.reader(), Fields.ROLE);
            return doc -> {
                long day = Values.number(days, doc, Long.MIN_VALUE);
                if (day != Long.MIN_VALUE) {
                    dated.add(new Dated(day, Values.string(parties, doc), Values.strings(roles, doc)));
                }
            };
        });
        dated.sort(Comparator.comparingLong(Dated::day));
        return new ActorProfile(actor, partyPeriods(dated), rolePeriods(dated),
                coMentioned(searcher, fieldOf(actor.type()), actor.name(), List.of(Fields.PERSON, Fields.PARTY,
                        Fields.ORGANISATION)),
                newest(searcher, fieldOf(actor.type()), actor.name()));
    }

    static PartyProfile party(IndexSearcher searcher, ActorSummary party) throws IOException {
        Tally members = new Tally();
        Matches.forEach(searcher, Filters.of(Fields.TYPE_MENTION).term(Fields.ACTOR_PARTY, party.name()).build(),
                leaf -> {
                    SortedSetDocValues actors = DocValues.getSortedSet(leaf.reader(), Fields.ACTOR);
                    return doc -> members.add(Values.string(actors, doc), "person", 1);
                });
        Tally speakers = new Tally();
        long[] quotes = {0};
        Matches.forEach(searcher, Filters.of(Fields.TYPE_QUOTE).term(Fields.SPEAKER_PARTY, party.name()).build(),
                leaf -> {
                    SortedSetDocValues who = DocValues.getSortedSet(leaf.reader(), Fields.SPEAKER);
                    return doc -> {
                        quotes[0]++;
                        String speaker = Values.string(who, doc);
                        speakers.add(speaker, party.name().equals(speaker) ? "party" : "person", 1);
                    };
                });
        return new PartyProfile(party, quotes[0], members.top(TOP, null), speakers.top(TOP, null),
                coMentioned(searcher, Fields.PARTY, party.name(), List.of(Fields.PARTY)),
                newest(searcher, Fields.PARTY, party.name()));
    }

    /** The article field that names actors of a type. */
    static String fieldOf(String type) {
        return switch (type) {
            case "party" -> Fields.PARTY;
            case "organisation" -> Fields.ORGANISATION;
            default -> Fields.PERSON;
        };
    }

    private static String typeOf(String field) {
        return field.equals(Fields.PERSON) ? "person" : field;
    }

    private record Dated(long day, String party, List<String> roles) {
    }

    /** Runs of articles, in date order, that give the same party; articles that give none are passed over. */
    private static List<Period> partyPeriods(List<Dated> dated) {
        List<Period> periods = new ArrayList<>();
        String current = null;
        long from = 0;
        long to = 0;
        long n = 0;
        for (Dated d : dated) {
            if (d.party() == null) {
                continue;
            }
            if (!d.party().equals(current)) {
                if (current != null) {
                    periods.add(new Period(current, day(from), day(to), n));
                }
                current = d.party();
                from = d.day();
                n = 0;
            }
            to = d.day();
            n++;
        }
        if (current != null) {
            periods.add(new Period(current, day(from), day(to), n));
        }
        return periods;
    }

    /** Each role with the first and last date it is given, in order of first appearance. */
    private static List<Period> rolePeriods(List<Dated> dated) {
        Map<String, long[]> spans = new LinkedHashMap<>(); // role -> first, last, articles
        for (Dated d : dated) {
            for (String role : d.roles()) {
                long[] s = spans.computeIfAbsent(role, r -> new long[] {d.day(), d.day(), 0});
                s[1] = d.day();
                s[2]++;
            }
        }
        List<Period> periods = new ArrayList<>();
        spans.forEach((role, s) -> periods.add(new Period(role, day(s[0]), day(s[1]), s[2])));
        return periods;
    }

    private static String day(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    /** Actors named in the same articles as the given one, in the given fields, by articles shared. */
    private static List<Count> coMentioned(IndexSearcher searcher, String field, String name, List<String> fields)
            throws IOException {
        Tally tally = new Tally();
        Matches.forEach(searcher, Filters.of(Fields.TYPE_ARTICLE).term(field, name).build(), leaf -> {
            List<SortedSetDocValues> values = new ArrayList<>();
            for (String f : fields) {
                values.add(DocValues.getSortedSet(leaf.reader(), f));
            }
            return doc -> {
                for (int i = 0; i < fields.size(); i++) {
                    for (String other : Values.strings(values.get(i), doc)) {
                        tally.add(other, typeOf(fields.get(i)), 1);
                    }
                }
            };
        });
        return tally.top(TOP, name);
    }

    private static Page<ArticleHit> newest(IndexSearcher searcher, String field, String name) throws IOException {
        return ArticleSearch.search(searcher, Filters.of(Fields.TYPE_ARTICLE).term(field, name).build(),
                ArticleQuery.Order.NEWEST, Paging.first(ARTICLES));
    }
}
