package nl.binnenhof.events.dossiers;

import java.util.List;

import nl.binnenhof.events.EventType;
import nl.binnenhof.events.dates.TimeValue;

/**
 * One event on a dossier's timeline, with its source.
 *
 * @param dateText     the date expression of the evidence sentence, or null when the date is the article's
 * @param evidence     the sentence that reports the event
 * @param participants canonical names of the actors taking part
 */
public record TimelineEntry(String articleId, EventType type, TimeValue date, String dateText, String cue,
                            String evidence, int sentenceBegin, int sentenceEnd, List<String> participants,
                            boolean hypothetical) {
}
