/**
 * Dossiers for the server: {@link nl.binnenhof.server.dossiers.DossierCatalog} groups the store's articles into
 * negotiation dossiers with the events module's {@code DossierBuilder}, in the background, and keeps the latest
 * complete set for the API's dossier endpoints, with ids that stay stable as dossiers grow.
 */
package nl.binnenhof.server.dossiers;
