package org.redflag.store.elasticsearch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.redflag.classifier.Classification;
import org.redflag.classifier.Contacts;
import org.redflag.classifier.Element;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;
import org.redflag.store.AdDocument;
import org.redflag.store.AdFields;
import org.redflag.store.AdIds;

/** Ads for store tests: realistic enough to exercise every mapped field. */
final class TestAds {
    static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    private TestAds() {
    }

    static AdDocument ad(String url, String title, String text, double risk) {
        return ad("harbour", "harbour-jobs", url, title, text, risk, Contacts.NONE, 0L);
    }

    static AdDocument ad(String sourceId, String platform, String url, String title, String text, double risk,
            Contacts contacts, long fingerprint) {
        String id = AdIds.forCanonicalUrl(url);
        AdFields fields = new AdFields(title, text, "Acme Staffing", "Sihanoukville", "USD 3000", "", "2026-10-30",
                List.of(url + "/logo.png"));
        List<IndicatorHit> hits = risk >= 0.5 ? List.of(new IndicatorHit("pay_far_above_market", Element.MEANS,
                "forced_criminality", 1.5, List.of(new Evidence("salary", 0, 8, "USD 3000")))) : List.of();
        Classification classification = new Classification(id, "eng", risk, risk >= 0.5, risk / 2,
                Map.of(Element.ACT, 0.2, Element.MEANS, risk, Element.PURPOSE, 0.1), hits, contacts, "test-1");
        return new AdDocument(id, sourceId, platform, url, url, fields, AdIds.sha256Hex(title + text), fingerprint,
                List.of(), T0, T0, null, 1, classification);
    }

    /** The same ad edited: new text, next version, seen later. */
    static AdDocument edited(AdDocument ad, String newText, Instant seen) {
        AdFields f = ad.fields();
        AdFields fields = new AdFields(f.title(), newText, f.company(), f.location(), f.salary(), f.contact(),
                f.postedDate(), f.images());
        return new AdDocument(ad.id(), ad.sourceId(), ad.platform(), ad.url(), ad.canonicalUrl(), fields,
                AdIds.sha256Hex(f.title() + newText), ad.fingerprint(), ad.repostOf(), ad.firstSeen(), seen, null,
                ad.version() + 1, ad.classification());
    }

    /** The same ad seen again unchanged. */
    static AdDocument seenAgain(AdDocument ad, Instant seen) {
        return new AdDocument(ad.id(), ad.sourceId(), ad.platform(), ad.url(), ad.canonicalUrl(), ad.fields(),
                ad.contentHash(), ad.fingerprint(), ad.repostOf(), ad.firstSeen(), seen, null, ad.version(),
                ad.classification());
    }
}
