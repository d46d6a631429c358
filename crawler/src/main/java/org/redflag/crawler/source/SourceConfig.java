package org.redflag.crawler.source;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One monitored site, as configured in {@code config/sources/<id>.yml}.
 *
 * @param id                    stable identifier ({@code [a-z0-9][a-z0-9_-]*}), used in ad records and crawl runs
 * @param name                  human-readable name
 * @param platform              the platform that owns the site and receives flag reports about its ads
 * @param seeds                 start URLs: listing pages or sitemaps
 * @param allowedHosts          hosts the crawl may follow links to (default: the hosts of the seeds)
 * @param urls                  which URLs are ads, listings, or never fetched
 * @param pagination            how listing pages link to the next page
 * @param selectors             per-field CSS selectors; empty ones fall back to generic extraction
 * @param schedule              when the source is crawled
 * @param politeness            delay and concurrency per host
 * @param limits                bounds of one run
 * @param userAgent             the User-Agent header, also the name matched in robots.txt
 * @param followSitemaps        whether sitemaps listed in robots.txt are read for URLs
 * @param allowPrivateAddresses whether loopback, private and link-local addresses may be fetched (demo, tests)
 */
public record SourceConfig(
        String id,
        String name,
        String platform,
        List<String> seeds,
        Set<String> allowedHosts,
        UrlRules urls,
        Pagination pagination,
        Selectors selectors,
        Schedule schedule,
        Politeness politeness,
        Limits limits,
        String userAgent,
        boolean followSitemaps,
        boolean allowPrivateAddresses) {

    /** The User-Agent sent when a source does not set one. */
    public static final String DEFAULT_USER_AGENT = "RedflagBot/0.1 (+https://github.com/redflag/redflag)";

    public SourceConfig {
        Objects.requireNonNull(id, "SourceConfig.id");
        name = Objects.requireNonNullElse(name, id);
        platform = Objects.requireNonNullElse(platform, id);
        seeds = List.copyOf(seeds);
        allowedHosts = allowedHosts == null || allowedHosts.isEmpty() ? hostsOf(seeds) : Set.copyOf(allowedHosts);
        urls = Objects.requireNonNullElse(urls, UrlRules.DEFAULT);
        pagination = Objects.requireNonNullElse(pagination, Pagination.DEFAULT);
        selectors = Objects.requireNonNullElse(selectors, Selectors.NONE);
        schedule = Objects.requireNonNullElse(schedule, Schedule.DEFAULT);
        politeness = Objects.requireNonNullElse(politeness, Politeness.DEFAULT);
        limits = Objects.requireNonNullElse(limits, Limits.DEFAULT);
        userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent;
    }

    /**
     * A source for an ad-hoc crawl: follow same-host links from the seeds with generic extraction and the
     * default politeness and limits. The id (and platform) is {@code cli-} and the first seed's host and port, e.g.
     * {@code cli-jobs-example-org} or {@code cli-127-0-0-1-8080}, so ad-hoc crawls of different sites never mark
     * each other's ads removed.
     */
    public static SourceConfig forSeeds(List<String> seeds) {
        String id = adHocId(seeds);
        return new SourceConfig(id, "Command-line crawl of " + (seeds.isEmpty() ? "nothing" : seeds.get(0)), id,
                seeds, Set.of(), null, null, null, null, null, null, null, true, false);
    }

    private static String adHocId(List<String> seeds) {
        String site = "";
        if (!seeds.isEmpty()) {
            try {
                URI uri = URI.create(seeds.get(0).trim());
                site = (uri.getHost() == null ? "" : uri.getHost()) + (uri.getPort() < 0 ? "" : "-" + uri.getPort());
            } catch (IllegalArgumentException e) {
                site = "";
            }
        }
        String id = ("cli-" + site.toLowerCase(java.util.Locale.ROOT)).replaceAll("[^a-z0-9_-]+", "-")
                .replaceAll("-+$", "");
        return id.length() > 64 ? id.substring(0, 64) : id;
    }

    /** This source with another politeness delay (robots.txt Crawl-delay still wins when longer). */
    public SourceConfig withDelay(Duration delay) {
        return withPoliteness(new Politeness(delay, politeness.concurrency()));
    }

    /** This source with another number of parallel requests per host. */
    public SourceConfig withConcurrency(int concurrency) {
        return withPoliteness(new Politeness(politeness.delay(), concurrency));
    }

    /** This source with another page limit per run. */
    public SourceConfig withMaxPages(int maxPages) {
        return withLimits(limits.withMaxPages(maxPages));
    }

    /** This source with other limits. */
    public SourceConfig withLimits(Limits newLimits) {
        return new SourceConfig(id, name, platform, seeds, allowedHosts, urls, pagination, selectors, schedule,
                politeness, newLimits, userAgent, followSitemaps, allowPrivateAddresses);
    }

    /** This source with other politeness settings. */
    public SourceConfig withPoliteness(Politeness newPoliteness) {
        return new SourceConfig(id, name, platform, seeds, allowedHosts, urls, pagination, selectors, schedule,
                newPoliteness, limits, userAgent, followSitemaps, allowPrivateAddresses);
    }

    /** This source with private addresses allowed or refused. */
    public SourceConfig withAllowPrivateAddresses(boolean allow) {
        return new SourceConfig(id, name, platform, seeds, allowedHosts, urls, pagination, selectors, schedule,
                politeness, limits, userAgent, followSitemaps, allow);
    }

    /** This source with another schedule. */
    public SourceConfig withSchedule(Schedule newSchedule) {
        return new SourceConfig(id, name, platform, seeds, allowedHosts, urls, pagination, selectors, newSchedule,
                politeness, limits, userAgent, followSitemaps, allowPrivateAddresses);
    }

    private static Set<String> hostsOf(List<String> seeds) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String seed : seeds) {
            try {
                String host = URI.create(seed.trim()).getHost();
                if (host != null) {
                    hosts.add(host.toLowerCase(java.util.Locale.ROOT));
                }
            } catch (IllegalArgumentException e) {
                // an invalid seed is reported by the loader or by the crawl; it contributes no host
            }
        }
        return Set.copyOf(hosts);
    }
}
