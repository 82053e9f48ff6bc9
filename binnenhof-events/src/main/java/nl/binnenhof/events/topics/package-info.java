/**
 * Policy topics: the article and each of its quotes get a major topic of the Comparative Agendas Project
 * (CAP) master codebook, scored by Dutch cue words with a minimum below which the topic stays open. The
 * scheme (codes, CAP names, Dutch labels, with its source) and the cue words are data files beside the
 * classes.
 */
package nl.binnenhof.events.topics;
