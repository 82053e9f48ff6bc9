package nl.binnenhof.actors;

/** What kind of actor a mention points at. */
public enum ActorType { PERSON, PARTY, ORGANISATION }
