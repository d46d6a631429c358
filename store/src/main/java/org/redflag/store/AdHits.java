package org.redflag.store;

import java.util.List;

/** One page of ads matching an {@link AdQuery}, and how many match in all. */
public record AdHits(long total, List<StoredAd> ads) {
    public AdHits {
        ads = List.copyOf(ads);
    }
}
