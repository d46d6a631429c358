package org.redflag.crawler.dedup;

import org.redflag.store.AdDocument;

/** An ad document to write, and what it means. */
public record AdUpdate(AdOutcome outcome, AdDocument ad) {

    /** Whether this write flags the ad (a new or edited version the classifier flagged). */
    public boolean flags() {
        return outcome != AdOutcome.UNCHANGED && ad.classification().flagged();
    }
}
