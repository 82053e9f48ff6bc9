/**
 * The actor stage: finds the parties, organisations and persons an article mentions and links every
 * mention — full name, bare surname, role noun, pronoun — to one canonical actor, with party and roles
 * as of the article's date. Reads the text layers and the {@link nl.binnenhof.kb.KnowledgeBase}; its
 * lexicons (role nouns, name particles, pronouns, organisations) are data files beside the classes.
 */
package nl.binnenhof.actors;
