package org.redflag.app.demo;

import java.util.List;
import java.util.Map;
import org.redflag.store.CrawlRun;

/**
 * What the demo's first crawl of every sample site did, read back from the store.
 *
 * @param runs             the first run of each demo source
 * @param adsCrawled       ad pages the runs saw (new, updated or unchanged)
 * @param adsIndexed       sample ads found in the store
 * @param adsFlagged       of those, flagged by the classifier
 * @param agreementBySite  the flags against the sample content's labels, per site
 * @param disallowedFetches requests the sites received under paths their robots.txt disallows
 * @param elasticsearchUrl where the ads are
 */
public record DemoSummary(List<CrawlRun> runs, long adsCrawled, long adsIndexed, long adsFlagged,
        Map<String, Agreement> agreementBySite, long disallowedFetches, String elasticsearchUrl) {

    public DemoSummary {
        runs = List.copyOf(runs);
        agreementBySite = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(agreementBySite));
    }

    /** Runs that did not succeed. */
    public List<CrawlRun> failedRuns() {
        return runs.stream().filter(run -> !"succeeded".equals(run.status())).toList();
    }

    public Agreement totalAgreement() {
        return agreementBySite.values().stream().reduce(Agreement.NONE, Agreement::plus);
    }

    /** The one-line summary: {@code Demo crawl finished: 171 ads crawled, 44 flagged, 171 indexed (Elasticsearch ...)}. */
    public String line() {
        return "Demo crawl finished: " + adsCrawled + " ads crawled, " + adsFlagged + " flagged, " + adsIndexed
                + " indexed (Elasticsearch " + elasticsearchUrl + ")";
    }
}
