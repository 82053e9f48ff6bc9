package nl.binnenhof.events;

import java.util.List;

import nl.binnenhof.events.dates.TimeValue;
import nl.binnenhof.text.Span;

/**
 * A negotiation event the text reports.
 *
 * @param begin         start of the cue's first word
 * @param end           end of the cue's last word
 * @param cue           the cue's words as written ("excuses aangeboden", "gaan verder")
 * @param sentenceBegin start of the evidence sentence
 * @param sentenceEnd   end of the evidence sentence
 * @param participants  the actors the sentence names, in order, each once
 * @param date          the date of a date expression in the sentence, else the article's date
 * @param dateText      that expression as written, or null when the date is the article's
 * @param hypothetical  told as a condition, possibility or threat ("als …", "zou", "dreigt")
 * @param index         position among the article's events
 */
public record NegotiationEvent(int begin, int end, EventType type, String cue, int sentenceBegin, int sentenceEnd,
                               List<Participant> participants, TimeValue date, String dateText,
                               boolean hypothetical, int index) implements Span {

    /** Where the date comes from: "sentence" or "article". */
    public String dateSource() {
        return dateText == null ? "article" : "sentence";
    }
}
