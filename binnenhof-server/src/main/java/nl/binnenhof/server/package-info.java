/**
 * {@code binnenhof serve}: the HTTP server ({@link nl.binnenhof.server.BinnenhofServer}, Javalin on Jetty) that
 * puts the REST API ({@code nl.binnenhof.server.api}, documented by {@code nl.binnenhof.server.openapi}, with the
 * dossiers of {@code nl.binnenhof.server.dossiers}) and the web UI on one port. It owns the request limits, the error answers, the security headers and the bundled UI
 * (built from {@code src/main/ui} with npm at build time into the classpath folder {@code nl/binnenhof/server/ui};
 * nothing is fetched from another host at run time).
 */
package nl.binnenhof.server;
