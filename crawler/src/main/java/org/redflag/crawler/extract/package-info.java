/**
 * From an HTML page to ad fields, links and a page kind. {@link org.redflag.crawler.extract.PageExtractor} runs, per
 * field, the source's CSS selectors, then schema.org {@code JobPosting} JSON-LD and microdata, then OpenGraph and
 * meta tags, then main-content extraction with boilerplate (navigation, footer, "similar jobs") removed.
 * {@link org.redflag.crawler.extract.PageKind} tells ads from listings and other pages. Parsers only: strings in,
 * records out, no I/O.
 */
package org.redflag.crawler.extract;
