package nl.binnenhof.actors;

/** How an actor is written at a mention. */
public enum MentionForm {
    /** "Mark Rutte", "Partij voor de Dieren" */
    NAME,
    /** "Rutte", "Van der Burg" */
    SURNAME,
    /** "VVD" as the first part of "VVD-premier" */
    PREFIX,
    /** "de premier", "de CDA-leider" */
    ROLE,
    /** "hij", "haar" */
    PRONOUN
}
