package nl.binnenhof.query;

/**
 * An actor in the record.
 *
 * @param type     person, party or organisation
 * @param party    a person's party in the latest article that gives one, else null
 * @param articles articles naming the actor
 * @param mentions times the actor is named
 * @param quotes   quotes attributed to the actor
 */
public record ActorSummary(String name, String type, String party, long articles, long mentions, long quotes) {
}
