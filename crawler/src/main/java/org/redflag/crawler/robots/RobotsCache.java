package org.redflag.crawler.robots;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.redflag.crawler.fetch.FetchRequest;
import org.redflag.crawler.fetch.FetchResult;
import org.redflag.crawler.fetch.Fetcher;
import org.redflag.crawler.fetch.Validators;

/**
 * robots.txt rules per origin and user agent, fetched once and shared by all threads. Concurrent callers for the
 * same origin wait for the one fetch. Entries expire after the configured time to live.
 */
public final class RobotsCache {
    private static final int MAX_REDIRECTS = 5;
    private static final long MAX_ROBOTS_BYTES = 512 * 1024;

    private final Fetcher fetcher;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(CompletableFuture<HostRules> rules, Instant fetched) {
    }

    public RobotsCache(Fetcher fetcher, Clock clock, Duration ttl) {
        this.fetcher = fetcher;
        this.clock = clock;
        this.ttl = ttl;
    }

    /**
     * The rules for an origin ({@code scheme://host[:port]}), fetching robots.txt if not cached.
     *
     * @param allowPrivateAddresses passed to the fetch of robots.txt
     * @param timeout               time limit of the fetch
     */
    public HostRules rulesFor(String origin, String userAgent, boolean allowPrivateAddresses, Duration timeout) {
        String key = origin + " " + userAgent;
        Instant now = clock.instant();
        Entry entry = entries.compute(key, (k, old) -> old != null && old.fetched().plus(ttl).isAfter(now) ? old
                : new Entry(new CompletableFuture<>(), now));
        CompletableFuture<HostRules> future = entry.rules();
        if (future.isDone()) {
            return future.join();
        }
        synchronized (future) {
            if (!future.isDone()) {
                future.complete(fetchRules(origin, userAgent, allowPrivateAddresses, timeout));
            }
        }
        return future.join();
    }

    /** Forgets every cached entry. */
    public void clear() {
        entries.clear();
    }

    private HostRules fetchRules(String origin, String userAgent, boolean allowPrivate, Duration timeout) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        List<String> names = List.of(robotName(userAgent));
        String url = origin + "/robots.txt";
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            FetchResult r = fetcher.fetch(new FetchRequest(url, userAgent, Validators.NONE, timeout,
                    MAX_ROBOTS_BYTES, true, allowPrivate));
            switch (r.outcome()) {
                case OK -> {
                    SimpleRobotRules rules = parser.parseContent(url, r.body(), r.contentType(), names);
                    return HostRules.of(rules, "robots.txt");
                }
                case REDIRECT -> url = r.location();
                case REFUSED_ADDRESS -> {
                    // the page fetches are refused by the same guard, and counted as refused_address
                    return HostRules.of(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL),
                            "address refused: " + r.message());
                }
                case CLIENT_ERROR -> {
                    return HostRules.of(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL),
                            "robots.txt HTTP " + r.status() + ": allow all");
                }
                default -> {
                    return disallowAll("robots.txt unreachable (" + r.outcome() + " " + r.message()
                            + "): disallow all");
                }
            }
        }
        return disallowAll("robots.txt redirected more than " + MAX_REDIRECTS + " times: disallow all");
    }

    private static HostRules disallowAll(String basis) {
        return HostRules.of(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), basis);
    }

    /** The product token of a User-Agent ({@code RedflagBot/0.1 (+url)} gives {@code redflagbot}). */
    static String robotName(String userAgent) {
        String token = userAgent.trim().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }
}
