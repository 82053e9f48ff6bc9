/**
 * Word matching shared by the event cues and the topic cues: whole words, beginnings ("asiel*") and
 * endings ("*migratie") of Dutch compounds, found without allocating on the per-token path.
 */
package nl.binnenhof.events.words;
