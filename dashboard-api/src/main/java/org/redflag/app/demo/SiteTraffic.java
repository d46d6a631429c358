package org.redflag.app.demo;

/**
 * What one sample site served, counted by the site itself: a check on the crawler from the outside.
 *
 * @param robots      requests for robots.txt
 * @param sitemaps    requests for the sitemap
 * @param listings    listing pages served
 * @param ads         ad pages served (200)
 * @param notModified conditional requests answered 304
 * @param disallowed  requests under the path robots.txt disallows (a polite crawler makes none)
 * @param notFound    requests for pages that do not exist
 */
public record SiteTraffic(
        long robots, long sitemaps, long listings, long ads, long notModified, long disallowed, long notFound) {

    public long total() {
        return robots + sitemaps + listings + ads + notModified + disallowed + notFound;
    }
}
