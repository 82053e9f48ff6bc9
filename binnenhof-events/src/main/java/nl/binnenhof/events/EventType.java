package nl.binnenhof.events;

import java.util.Locale;

/** The kinds of negotiation event the text reports. */
public enum EventType {
    STARTED, CONTINUED, STALLED, DEAL, PROPOSAL_MADE, PROPOSAL_REJECTED, DEADLINE, APOLOGY, CABINET_FALLS, POSTPONED;

    /** The name used in the JSON output: "deal", "proposal-rejected", ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
