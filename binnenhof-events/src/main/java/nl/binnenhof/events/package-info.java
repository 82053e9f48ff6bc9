/**
 * Negotiation events: {@link nl.binnenhof.events.EventFinder} reads, sentence by sentence, the events of the
 * types in {@link nl.binnenhof.events.EventType} (talks started, continued, stalled, a deal, a proposal made
 * or rejected, a deadline or ultimatum, an apology, the cabinet falls, something postponed) from the Dutch
 * cues of {@code event-cues.tsv}, each with its participants, its evidence sentence and a date.
 * {@link nl.binnenhof.events.EventAnalysis} lists this module's stages: dates, the page-date check, events
 * and topics; {@link nl.binnenhof.events.EventsJson} writes their output fields. The sub-packages own the
 * dates, the date check, the topics and the dossiers.
 */
package nl.binnenhof.events;
