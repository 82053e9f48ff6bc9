/**
 * The server's load harness ({@code binnenhof bench-serve}): concurrent clients on loopback send a mix of the
 * requests users make, with names and ids from the store being served, for a bounded time and count, and the
 * run reports requests per second, latency percentiles per kind of request, and every error.
 */
package nl.binnenhof.server.load;
