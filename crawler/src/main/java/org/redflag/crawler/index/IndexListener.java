package org.redflag.crawler.index;

import java.util.List;
import org.redflag.crawler.dedup.AdUpdate;

/** Told what the {@link AdIndexer} wrote and what it gave up on. Called from the indexer's thread. */
public interface IndexListener {

    /** The store acknowledged these writes. */
    void saved(List<AdUpdate> updates);

    /** These writes were given up (store unavailable past the deadline, or a write the store rejects). */
    void failed(List<AdUpdate> updates, String reason);
}
