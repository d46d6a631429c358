package org.redflag.app.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.redflag.crawler.url.UrlNormalizer;
import org.redflag.store.AdDocument;
import org.redflag.store.AdIds;
import org.redflag.store.AdStore;

/**
 * Measures {@link Agreement} by reading back from the store what the crawl stored for each sample ad: the check
 * runs on stored documents, not on what the crawl reported. Sample ads are found by the id the crawler derives
 * from their canonical URL (each ad page names itself as canonical).
 */
public final class AgreementMeter {
    private final AdStore store;

    public AgreementMeter(AdStore store) {
        this.store = store;
    }

    /** The agreement per sample site, in the sites' order. */
    public Map<String, Agreement> measure(List<SampleSite> sites) {
        Map<String, Agreement> bySite = new LinkedHashMap<>();
        for (SampleSite site : sites) {
            bySite.put(site.id(), measure(site));
        }
        return bySite;
    }

    private Agreement measure(SampleSite site) {
        Map<String, DemoAd> byId = site.adsByUrl().entrySet().stream().collect(Collectors.toMap(
                entry -> idOf(entry.getKey()), Map.Entry::getValue));
        Map<String, AdDocument> stored = store.findAds(new ArrayList<>(byId.keySet())).stream()
                .collect(Collectors.toMap(AdDocument::id, Function.identity()));
        Agreement agreement = Agreement.NONE;
        for (Map.Entry<String, DemoAd> entry : byId.entrySet()) {
            AdDocument doc = stored.get(entry.getKey());
            agreement = doc == null ? agreement.countNotStored()
                    : agreement.count(entry.getValue(), doc.classification().flagged());
        }
        return agreement;
    }

    /** The store id of the ad at this URL, as the crawler derives it. */
    public static String idOf(String url) {
        return AdIds.forCanonicalUrl(UrlNormalizer.normalize(url).orElse(url));
    }
}
