package org.redflag.crawler.url;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.redflag.crawler.source.Limits;

/**
 * Bounds crawler traps within one run: endless query strings (too many parameters), repeating path segments
 * ({@code /a/b/a/b/a/b}), over-long URLs, calendars (date-like paths or parameters, counted per host), and a cap on
 * distinct URLs per host. Thread-safe; one instance per run.
 */
public final class TrapFilter {
    private static final int MAX_URL_LENGTH = 2048;
    private static final Pattern CALENDAR = Pattern.compile(
            "(?i)(/(19|20)\\d\\d[/-](0?[1-9]|1[0-2])([/-](0?[1-9]|[12]\\d|3[01]))?/?(\\?|$))"
                    + "|([?&](date|day|month|year|week|cal|calendar)=)|(/calendar(/|\\?|$))");

    private final Limits limits;
    private final Map<String, AtomicInteger> urlsPerHost = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calendarPerHost = new ConcurrentHashMap<>();

    public TrapFilter(Limits limits) {
        this.limits = limits;
    }

    /** Why the URL is refused as a trap, or empty when it may be queued (and is then counted). */
    public Optional<String> check(String url, String host) {
        Optional<String> shape = checkShape(url);
        if (shape.isPresent()) {
            return shape;
        }
        if (CALENDAR.matcher(url).find()
                && counter(calendarPerHost, host).incrementAndGet() > limits.maxCalendarUrls()) {
            return Optional.of("more than " + limits.maxCalendarUrls() + " calendar-like URLs on " + host);
        }
        if (counter(urlsPerHost, host).incrementAndGet() > limits.maxUrlsPerHost()) {
            return Optional.of("more than " + limits.maxUrlsPerHost() + " URLs on " + host);
        }
        return Optional.empty();
    }

    /** Checks that need no counting: length, query parameters, repeated segments. */
    public Optional<String> checkShape(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of("URL longer than " + MAX_URL_LENGTH + " characters");
        }
        int q = url.indexOf('?');
        if (q >= 0 && url.substring(q + 1).split("&").length > limits.maxQueryParams()) {
            return Optional.of("more than " + limits.maxQueryParams() + " query parameters");
        }
        if (repeatedSegments(url, q) > limits.maxRepeatedSegments()) {
            return Optional.of("a path segment repeats more than " + limits.maxRepeatedSegments() + " times");
        }
        return Optional.empty();
    }

    private static int repeatedSegments(String url, int queryStart) {
        int pathStart = url.indexOf('/', url.indexOf("://") + 3);
        if (pathStart < 0) {
            return 0;
        }
        String path = queryStart < 0 ? url.substring(pathStart) : url.substring(pathStart, queryStart);
        Map<String, Integer> counts = new HashMap<>();
        int max = 0;
        for (String seg : path.split("/")) {
            if (!seg.isEmpty()) {
                max = Math.max(max, counts.merge(seg, 1, Integer::sum));
            }
        }
        return max;
    }

    private static AtomicInteger counter(Map<String, AtomicInteger> map, String host) {
        return map.computeIfAbsent(host, h -> new AtomicInteger());
    }
}
