/**
 * Monitored sources: one {@link org.redflag.crawler.source.SourceConfig} per site, read from
 * {@code config/sources/*.yml} by {@link org.redflag.crawler.source.SourceLoader}, which validates every key and
 * names the file and key of anything wrong.
 *
 * <p>All values are immutable records; defaults are applied by the loader and documented in
 * {@code config/sources/example.yml}.
 */
package org.redflag.crawler.source;
