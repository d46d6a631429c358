package org.redflag.crawler.fetch;

/**
 * Fetches one URL. Implementations are thread-safe and never throw for network or HTTP failures: every failure is
 * a {@link FetchResult} with its {@link FetchResult.Outcome}.
 */
public interface Fetcher {

    FetchResult fetch(FetchRequest request);
}
