/**
 * URLs: normalisation (tracking parameters and fragments dropped, query sorted), crawler-trap bounds, and a compact
 * set of seen URLs keyed by a 64-bit hash. Pure functions, no I/O.
 */
package org.redflag.crawler.url;
