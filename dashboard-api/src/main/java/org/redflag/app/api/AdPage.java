package org.redflag.app.api;

import java.util.List;

/** One page of matching ads and how many match in all. */
public record AdPage(long total, List<TrackedAd> ads) {
    public AdPage {
        ads = List.copyOf(ads);
    }
}
