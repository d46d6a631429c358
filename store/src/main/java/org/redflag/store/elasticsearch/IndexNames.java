package org.redflag.store.elasticsearch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The names of Redflag's indices and aliases under one prefix.
 *
 * <ul>
 *   <li>{@code <prefix>-ads}: alias (the write index) over {@code <prefix>-ads-000001}; the current version of
 *       every ad, updated in place by id. A new mapping goes into {@code -000002}, filled from the old one, and
 *       the alias moves.</li>
 *   <li>{@code <prefix>-ad-versions}: alias over monthly indices {@code <prefix>-ad-versions-yyyy.MM} of earlier
 *       ad versions; history is pruned by deleting old months by name.</li>
 *   <li>{@code <prefix>-crawl-runs}: alias over monthly indices {@code <prefix>-crawl-runs-yyyy.MM}.</li>
 * </ul>
 *
 * @param prefix {@code elasticsearch.index_prefix}
 */
public record IndexNames(String prefix) {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM").withZone(ZoneOffset.UTC);

    public String ads() {
        return prefix + "-ads";
    }

    public String firstAdsIndex() {
        return ads() + "-000001";
    }

    public String versions() {
        return prefix + "-ad-versions";
    }

    public String versionsIndex(Instant at) {
        return versions() + "-" + MONTH.format(at);
    }

    public String runs() {
        return prefix + "-crawl-runs";
    }

    public String runsIndex(Instant started) {
        return runs() + "-" + MONTH.format(started);
    }

    /** The name of the index template {@code ads}, {@code ad-versions} or {@code crawl-runs}. */
    public String template(String name) {
        return prefix + "-" + name;
    }
}
