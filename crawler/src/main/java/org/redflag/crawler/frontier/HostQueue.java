package org.redflag.crawler.frontier;

import java.util.ArrayDeque;

/** The waiting URLs of one host and its politeness state. Guarded by the {@link Frontier}'s lock. */
final class HostQueue {
    final String host;
    final ArrayDeque<CrawlUrl> ads = new ArrayDeque<>();
    final ArrayDeque<CrawlUrl> others = new ArrayDeque<>();
    long delayNanos;
    int concurrency;
    boolean robotsKnown;
    int inFlight;
    long nextStartNanos;
    long lastStartNanos;

    HostQueue(String host, long delayNanos, int concurrency) {
        this.host = host;
        this.delayNanos = delayNanos;
        this.concurrency = concurrency;
    }

    boolean hasWaiting() {
        return !ads.isEmpty() || !others.isEmpty();
    }

    int effectiveConcurrency() {
        return robotsKnown ? concurrency : 1;
    }

    CrawlUrl poll() {
        return ads.isEmpty() ? others.poll() : ads.poll();
    }
}
