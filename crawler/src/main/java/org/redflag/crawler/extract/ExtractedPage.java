package org.redflag.crawler.extract;

import java.util.List;
import org.redflag.store.AdFields;

/**
 * What was read from one page.
 *
 * @param kind            ad, listing or other
 * @param canonicalUrl    the normalised {@code rel=canonical} URL, or the page URL when it has none
 * @param fields          the ad fields (meaningful when {@code kind} is {@link PageKind#AD})
 * @param links           normalised absolute http(s) links, in document order, without duplicates
 * @param paginationLinks those links that lead to the next listing page
 * @param titleSource     where the title came from: selector, json-ld, microdata, opengraph, h1, title, none
 */
public record ExtractedPage(PageKind kind, String canonicalUrl, AdFields fields, List<String> links,
        List<String> paginationLinks, String titleSource) {

    public ExtractedPage {
        links = List.copyOf(links);
        paginationLinks = List.copyOf(paginationLinks);
    }
}
