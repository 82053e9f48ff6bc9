package nl.binnenhof.quotes;

import nl.binnenhof.actors.ActorType;
import nl.binnenhof.text.Span;

/**
 * Reported speech with its speaker.
 *
 * @param begin         start of the quotation (its opening mark), or of the reported clause for indirect speech
 * @param end           end of the quotation (past its closing mark), or of the reported clause
 * @param contentBegin  start of the quoted words
 * @param contentEnd    end of the quoted words
 * @param text          the quoted words
 * @param speaker       canonical name of the speaker (person, party or organisation), or null when unknown
 * @param speakerType   what kind of actor spoke, or null
 * @param speakerBegin  offset of the mention that names the speaker here, or -1 when it comes from context
 * @param speakerEnd    end of that mention, or -1
 * @param cue           the word that marks the attribution ("zei", "aldus", "volgens"), or null
 * @param cueBegin      offset of the cue, or -1
 * @param sentenceBegin start of the source sentence(s)
 * @param sentenceEnd   end of the source sentence(s)
 * @param kind          direct, mixed (a quoted fragment inside a sentence) or indirect
 * @param method        how the speaker was found, for explaining and debugging
 */
public record Quote(int begin, int end, int contentBegin, int contentEnd, String text, String speaker,
                    ActorType speakerType, int speakerBegin, int speakerEnd, String cue, int cueBegin,
                    int sentenceBegin, int sentenceEnd, Kind kind, String method) implements Span {
    public enum Kind { DIRECT, MIXED, INDIRECT }
}
