package org.redflag.app.demo;

import java.util.Map;
import java.util.Optional;

/**
 * A running sample site, as the demo wiring sees it.
 *
 * @param id       the site's id, also its platform id and its demo source id
 * @param baseUrl  {@code http://127.0.0.1:PORT}
 * @param seedUrl  the first listing page, where a crawl starts
 * @param adsByUrl every ad of the site by the URL of its page
 */
public record SampleSite(String id, String baseUrl, String seedUrl, Map<String, DemoAd> adsByUrl) {

    public SampleSite {
        adsByUrl = Map.copyOf(adsByUrl);
    }

    public int adCount() {
        return adsByUrl.size();
    }

    /** The ad whose page is at this URL, if any. */
    public Optional<DemoAd> findAd(String url) {
        return Optional.ofNullable(adsByUrl.get(url));
    }

    /** The host and port, as the crawler's per-host politeness and the source's URL patterns see them. */
    public String hostAndPort() {
        return baseUrl.substring("http://".length());
    }
}
