package org.redflag.crawler.run;

import java.time.Clock;
import java.time.Duration;
import org.redflag.classifier.AdClassifier;
import org.redflag.crawler.fetch.Fetcher;
import org.redflag.crawler.fetch.ValidatorCache;
import org.redflag.crawler.index.StoreRetry;
import org.redflag.crawler.robots.RobotsCache;
import org.redflag.store.AdStore;

/**
 * What a run needs from the service that starts it.
 *
 * @param maxThreads most worker threads of the run
 * @param batchSize  ads per store write
 * @param storeGrace how long after the run's own time limit the store may still be waited for
 */
public record RunContext(Fetcher fetcher, RobotsCache robots, AdClassifier classifier, AdStore store,
        ValidatorCache validators, StoreRetry storeRetry, Clock clock, int maxThreads, int batchSize,
        Duration storeGrace) {
}
