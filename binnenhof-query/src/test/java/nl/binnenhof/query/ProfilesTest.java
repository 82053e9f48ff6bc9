package nl.binnenhof.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Actor and party profiles, checked against the searches they summarise. */
class ProfilesTest {
    private final Archive archive = TestStore.archive();

    private long articlesNaming(String field, String name) {
        return archive.search(ArticleQuery.text(field + ":\"" + name + "\""), Paging.first(1)).total();
    }

    @Test
    void anActorProfileAddsUpToWhatTheSearchesFind() {
        ActorProfile rutte = archive.actor("rutte").orElseThrow();
        ActorSummary a = rutte.actor();
        assertEquals("Mark Rutte", a.name());
        assertEquals("person", a.type());
        assertEquals("VVD", a.party());
        assertEquals(articlesNaming("person", "Mark Rutte"), a.articles());
        assertEquals(archive.quotes(QuoteQuery.bySpeaker("Mark Rutte"), Paging.first(1)).total(), a.quotes());
        assertTrue(a.mentions() >= a.articles());
        assertTrue(rutte.parties().stream().anyMatch(p -> p.value().equals("VVD")));
        assertTrue(rutte.roles().stream().anyMatch(p -> p.value().equals("premier")));
        for (Period p : rutte.roles()) {
            assertTrue(p.from().compareTo(p.to()) <= 0, p.toString());
        }
        assertFalse(rutte.coMentioned().stream().anyMatch(c -> c.name().equals("Mark Rutte")));
        Count first = rutte.coMentioned().get(0);
        String field = first.type().equals("person") ? "person" : first.type();
        assertEquals(archive.search(ArticleQuery.text("person:\"Mark Rutte\" AND " + field + ":\"" + first.name()
                + "\""), Paging.first(1)).total(), first.count());
        assertFalse(rutte.articles().items().isEmpty());
        rutte.articles().items().forEach(h -> assertTrue(h.persons().contains("Mark Rutte")));
    }

    @Test
    void aPartyProfileCountsItsPeopleAndSpeakers() {
        PartyProfile cda = archive.party("CDA").orElseThrow();
        assertEquals("CDA", cda.party().name());
        assertEquals(articlesNaming("party", "CDA"), cda.party().articles());
        assertEquals(archive.quotes(new QuoteQuery(null, "CDA", null, null, null), Paging.first(1)).total(),
                cda.quotes());
        assertEquals(cda.quotes(), cda.speakers().stream().mapToLong(Count::count).sum()
                + otherSpeakers(cda), "speakers listed are the top of all");
        assertFalse(cda.members().isEmpty());
        for (Count member : cda.members().subList(0, Math.min(3, cda.members().size()))) {
            assertTrue(archive.actor(member.name()).orElseThrow().parties().stream()
                    .anyMatch(p -> p.value().equals("CDA")), member.name() + " was given the CDA somewhere");
        }
        assertFalse(cda.coMentioned().stream().anyMatch(c -> c.name().equals("CDA")));
        cda.coMentioned().forEach(c -> assertEquals("party", c.type()));
    }

    private long otherSpeakers(PartyProfile p) {
        long listed = p.speakers().stream().mapToLong(Count::count).sum();
        return p.speakers().size() < Profiles.TOP ? 0 : p.quotes() - listed;
    }

    @Test
    void actorsAreListedMostNamedFirstAndFilteredByTypeAndName() {
        Page<ActorSummary> all = archive.actors(null, null, Paging.first(50));
        for (int i = 1; i < all.items().size(); i++) {
            assertTrue(all.items().get(i - 1).articles() >= all.items().get(i).articles());
        }
        Page<ActorSummary> parties = archive.parties(Paging.first(100));
        assertTrue(parties.items().stream().map(ActorSummary::name).toList().containsAll(List.of("VVD", "CDA", "D66")));
        parties.items().forEach(p -> assertEquals("party", p.type()));
        archive.actors("kaag", "person", Paging.first(10)).items()
                .forEach(a -> assertTrue(a.name().toLowerCase().contains("kaag")));
        assertTrue(archive.actor("Niemand Bestaatniet").isEmpty());
        assertTrue(archive.party("Mark Rutte").isEmpty(), "a person is not a party");
    }
}
