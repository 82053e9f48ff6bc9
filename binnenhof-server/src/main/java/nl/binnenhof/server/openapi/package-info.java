/**
 * The API's OpenAPI 3.1 document, served at {@code /api/openapi.json}: generated from the endpoint list itself
 * and from the records the endpoints answer, so it cannot drift from what the server does.
 */
package nl.binnenhof.server.openapi;
