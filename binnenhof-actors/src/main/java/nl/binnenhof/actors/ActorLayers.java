package nl.binnenhof.actors;

import nl.binnenhof.text.Layer;

/** The layers that the actor stage adds. */
public final class ActorLayers {
    /** The folded word of each token, parallel to the tokens (index i is token i). */
    public static final Layer<FoldedWord> FOLDED_WORDS = Layer.of("folded-words", FoldedWord.class);
    public static final Layer<Mention> PARTY_MENTIONS = Layer.of("party-mentions", Mention.class);
    public static final Layer<Mention> ORGANISATION_MENTIONS = Layer.of("organisation-mentions", Mention.class);
    public static final Layer<Mention> PERSON_MENTIONS = Layer.of("person-mentions", Mention.class);
    public static final Layer<PersonActor> PERSONS = Layer.of("persons", PersonActor.class);
    /** Role nouns and pronouns resolved to a person named (or known) elsewhere. */
    public static final Layer<Mention> REFERENCES = Layer.of("references", Mention.class);
    /** The persons with the roles that references to them add ("zei de CDA-leider"). */
    public static final Layer<PersonActor> PERSON_PROFILES = Layer.of("person-profiles", PersonActor.class);

    private ActorLayers() {
    }
}
