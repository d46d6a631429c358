package org.redflag.crawler.bench;

import org.redflag.store.CrawlRun;

/**
 * Figures of one benchmark crawl.
 *
 * @param ads               ads on the generated site
 * @param pagesFetched      pages the crawl fetched
 * @param adsWritten        ads written to the output
 * @param exactTitles       ads written whose title is exactly the site's
 * @param seconds           wall-clock time of the crawl
 * @param peakHeapBytes     the highest heap use sampled during the crawl (includes garbage not yet collected)
 * @param heapAfterGcBytes  heap in use after a full GC at the end of the crawl, before the run is discarded
 * @param maxHeapBytes      the JVM's heap limit (-Xmx)
 * @param disallowedFetched requests the site received for robots.txt-disallowed pages
 * @param run               the crawl run as recorded
 */
public record BenchResult(int ads, long pagesFetched, long adsWritten, long exactTitles, double seconds,
        long peakHeapBytes, long heapAfterGcBytes, long maxHeapBytes, long disallowedFetched, CrawlRun run) {

    public double pagesPerSecond() {
        return seconds <= 0 ? 0 : pagesFetched / seconds;
    }

    /** Share of the site's ads written with their exact title. */
    public double exactTitleShare() {
        return ads == 0 ? 0 : exactTitles / (double) ads;
    }

    /** One line of figures. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "ads=%d pages=%d seconds=%.1f pages/s=%.0f ads_written=%d exact_titles=%.2f%% "
                        + "disallowed_fetched=%d peak_heap=%dMB heap_after_gc=%dMB max_heap=%dMB status=%s errors=%s",
                ads, pagesFetched, seconds, pagesPerSecond(), adsWritten, 100 * exactTitleShare(),
                disallowedFetched, peakHeapBytes >> 20, heapAfterGcBytes >> 20, maxHeapBytes >> 20, run.status(),
                run.errors());
    }
}
