/**
 * Dossiers: {@link nl.binnenhof.events.dossiers.DossierBuilder} groups analysed articles (as small
 * {@link nl.binnenhof.events.dossiers.ArticleDigest}s) by policy topic, closeness in time and shared actors,
 * and gives each dossier a timeline of its events with their evidence. Each dossier keeps a slot for the
 * positions of its actors on each target, which the positions stage fills.
 */
package nl.binnenhof.events.dossiers;
