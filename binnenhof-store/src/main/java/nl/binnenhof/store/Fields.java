package nl.binnenhof.store;

/**
 * The index layout: field names and document types. Each article is one block of documents, replaced as a
 * whole: the article document, then one document per quote and one per actor mentioned. Every document of a
 * block carries {@link #ARTICLE}, so one delete-by-term removes the old block, and {@link #TYPE}.
 *
 * <p>Each field name has one schema wherever it appears (Lucene requires it): keyword fields are indexed
 * and have sorted-set doc values for aggregation; {@link #DAY} is a point and a numeric doc value.
 */
public final class Fields {
    /** The version of this layout, kept in every commit; a store of another version is not opened. */
    public static final String SCHEMA_VERSION = "1";
    public static final String COMMIT_SCHEMA = "binnenhof.schema";

    // --- on every document
    public static final String TYPE = "type";
    public static final String TYPE_ARTICLE = "article";
    public static final String TYPE_QUOTE = "quote";
    public static final String TYPE_MENTION = "mention";
    /** The article id (keyword, stored). */
    public static final String ARTICLE = "article";
    /** The article date as given: YYYY, YYYY-MM or YYYY-MM-DD (stored). */
    public static final String DATE = "date";
    /** The first day of the article's date as an epoch day (point and doc value); absent when undated. */
    public static final String DAY = "day";
    /** Headline: the title when the source gives one, else the first line of the text (stored; not on mentions). */
    public static final String HEADLINE = "headline";
    /** Where the article was published (stored; not on mentions). */
    public static final String SOURCE = "source";

    // --- article documents
    /** The article id as a sorted doc value, to list stored articles without reading stored fields. */
    public static final String ARTICLE_KEY = "articleKey";
    /** Content hash of the article as read (binary doc value, stored): unchanged articles are not redone. */
    public static final String HASH = "hash";
    /** The full text, indexed with Dutch stemming and stored verbatim (offsets point into it). */
    public static final String TEXT = "text";
    /** The title as the source gave it, or absent (stored, indexed as text). */
    public static final String TITLE = "title";
    public static final String ORIGIN = "origin";
    /** The whole analysis JSON of the article (stored). */
    public static final String ANALYSIS = "analysis";
    public static final String PERSON = "person";
    public static final String PARTY = "party";
    public static final String ORGANISATION = "organisation";
    /** Two actors named in one sentence, as "a TAB b" with a before b (doc value only). */
    public static final String SENTENCE_PAIR = "sentencePair";
    /** How many quote documents, and how many mention documents, follow the article in its block (stored). */
    public static final String QUOTE_COUNT = "quoteCount";
    public static final String MENTION_COUNT = "mentionCount";

    // --- quote documents
    public static final String QUOTE_TEXT = "quoteText";
    public static final String SPEAKER = "speaker";
    /** The speaker's party: the party of a person speaker as of the article, or a party speaking itself. */
    public static final String SPEAKER_PARTY = "speakerParty";
    /** direct, mixed or indirect. */
    public static final String KIND = "kind";
    /** Position of the quote among the article's quotes (stored, numeric doc value for ordering). */
    public static final String QUOTE_INDEX = "quoteIndex";
    /** The quote's object from the analysis JSON (stored). */
    public static final String QUOTE = "quote";

    // --- mention documents: one per actor and article
    public static final String ACTOR = "actor";
    /** person, party or organisation. */
    public static final String ACTOR_TYPE = "actorType";
    /** How often the actor is named in the article (numeric doc value, stored). */
    public static final String MENTIONS = "mentions";
    /** A person's party as of the article. */
    public static final String ACTOR_PARTY = "actorParty";
    /** A person's roles in the article. */
    public static final String ROLE = "role";

    public static final String SEPARATOR = "\t";

    private Fields() {
    }
}
