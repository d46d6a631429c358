package org.redflag.crawler.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.redflag.crawler.extract.ExtractedPage;
import org.redflag.crawler.extract.PageKind;
import org.redflag.crawler.frontier.CrawlUrl;
import org.redflag.crawler.frontier.Frontier;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.crawler.url.TrapFilter;
import org.redflag.crawler.url.UrlNormalizer;

/**
 * Decides which links of a page are queued: allowed hosts, the source's URL rules, crawler-trap bounds, the depth
 * limit (pagination does not count), the pagination budget. Thread-safe; one per run.
 */
final class LinkFollower {
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final SourceConfig source;
    private final Frontier frontier;
    private final TrapFilter traps;
    private final RunStats stats;
    private final AtomicInteger paginationPages = new AtomicInteger();
    private final Consumer<List<String>> adsAhead;

    /** @param adsAhead told the likely ads a listing queued, so their stored versions can be read in bulk */
    LinkFollower(SourceConfig source, Frontier frontier, RunStats stats, Consumer<List<String>> adsAhead) {
        this.source = source;
        this.frontier = frontier;
        this.traps = new TrapFilter(source.limits());
        this.stats = stats;
        this.adsAhead = adsAhead;
    }

    /** Queues the links of a page. On a listing, links that differ from the page only in numbers are pagination. */
    void follow(CrawlUrl item, ExtractedPage page) {
        Set<String> pagination = new HashSet<>(page.paginationLinks());
        boolean listing = page.kind() == PageKind.LISTING;
        List<String> queuedAds = new ArrayList<>();
        if (listing) {
            String shape = shape(item.url());
            page.links().stream().filter(l -> shape(l).equals(shape)).forEach(pagination::add);
        }
        for (String next : pagination) {
            if (paginationPages.get() < source.pagination().maxPages() && offer(next, item.depth(), 0, false, false)) {
                paginationPages.incrementAndGet();
            }
        }
        if (item.depth() >= source.limits().maxDepth()) {
            return;
        }
        for (String link : page.links()) {
            if (!pagination.contains(link) && offer(link, item.depth() + 1, 0, false, listing) && listing) {
                queuedAds.add(UrlNormalizer.normalize(link).orElse(link));
            }
        }
        adsAhead.accept(queuedAds);
    }

    /** Queues a link found outside a page body (seed sitemap, robots.txt sitemap, redirect target). */
    boolean offer(String url, int depth, int redirects, boolean sitemap) {
        return offer(url, depth, redirects, sitemap, false);
    }

    /**
     * Queues a link if its host is allowed, the source follows it and no trap bound refuses it. Likely ads (by the
     * source's patterns, or linked from a listing) are served first, which keeps the queue short.
     */
    private boolean offer(String url, int depth, int redirects, boolean sitemap, boolean fromListing) {
        Optional<String> normalized = UrlNormalizer.normalize(url);
        if (normalized.isEmpty()) {
            return false;
        }
        String u = normalized.get();
        String host = UrlNormalizer.hostOf(u);
        if (!source.allowedHosts().contains(host) || !sitemap && !source.urls().follows(u)) {
            return false;
        }
        if (traps.checkShape(u).isPresent()) {
            stats.error(ErrorKind.TRAP);
            return false;
        }
        boolean likelyAd = source.urls().isAd(u) || fromListing && !source.urls().isListing(u);
        return frontier.offer(new CrawlUrl(u, host, depth, redirects, 0, sitemap), likelyAd, candidate -> {
            Optional<String> bound = traps.check(u, host);
            bound.ifPresent(reason -> stats.error(ErrorKind.TRAP));
            return bound.isEmpty();
        });
    }

    /** A URL with its digits masked: listing pages that differ only in a page number share a shape. */
    private static String shape(String url) {
        return DIGITS.matcher(url).replaceAll("#");
    }
}
