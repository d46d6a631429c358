package org.redflag.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import java.time.Duration;
import java.util.List;

/**
 * The robots.txt rules of one origin for our user agent.
 *
 * @param rules      the parsed rules
 * @param crawlDelay the Crawl-delay, {@link Duration#ZERO} when none
 * @param sitemaps   sitemap URLs listed
 * @param basis      how the rules were obtained, e.g. "robots.txt", "HTTP 404: allow all", "HTTP 503: disallow all"
 */
public record HostRules(BaseRobotRules rules, Duration crawlDelay, List<String> sitemaps, String basis) {

    public HostRules {
        sitemaps = List.copyOf(sitemaps);
    }

    public boolean allows(String url) {
        return rules.isAllowed(url);
    }

    static HostRules of(BaseRobotRules rules, String basis) {
        long delay = rules.getCrawlDelay();
        Duration crawlDelay = delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0 ? Duration.ZERO
                : Duration.ofMillis(delay);
        return new HostRules(rules, crawlDelay, rules.getSitemaps(), basis);
    }
}
