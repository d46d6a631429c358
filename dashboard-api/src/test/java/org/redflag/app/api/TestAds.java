package org.redflag.app.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redflag.classifier.Classification;
import org.redflag.classifier.Contacts;
import org.redflag.classifier.Element;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;
import org.redflag.store.AdDocument;
import org.redflag.store.AdFields;

/** Builds stored ads for tests, with evidence spans computed from the text so they always match it. */
public final class TestAds {
    public static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    private final String id;
    private String platform = "harbour-jobs";
    private String title = "Data entry staff";
    private String text = "Office work in the city.";
    private String contact = "";
    private double risk = 0.1;
    private boolean flagged;
    private final List<IndicatorHit> indicators = new ArrayList<>();
    private Contacts contacts = Contacts.NONE;
    private Instant firstSeen = T0;

    private TestAds(String id) {
        this.id = id;
    }

    public static TestAds ad(String id) {
        return new TestAds(id);
    }

    public TestAds platform(String value) {
        platform = value;
        return this;
    }

    public TestAds title(String value) {
        title = value;
        return this;
    }

    public TestAds text(String value) {
        text = value;
        return this;
    }

    public TestAds contactLine(String value) {
        contact = value;
        return this;
    }

    public TestAds flagged(double value) {
        risk = value;
        flagged = true;
        return this;
    }

    public TestAds risk(double value) {
        risk = value;
        return this;
    }

    public TestAds firstSeen(Instant value) {
        firstSeen = value;
        return this;
    }

    public TestAds phones(String... phones) {
        contacts = new Contacts(List.of(phones), List.of(), List.of(), List.of());
        return this;
    }

    /** An indicator whose evidence is the first occurrence of {@code phrase} in the body text. */
    public TestAds indicator(String indicatorId, Element element, String phrase) {
        int start = text.indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException("'" + phrase + "' is not in the text of ad " + id);
        }
        indicators.add(new IndicatorHit(indicatorId, element, "", 0.5,
                List.of(new Evidence("text", start, start + phrase.length(), phrase))));
        return this;
    }

    public AdDocument build() {
        Map<Element, Double> scores = Map.of(Element.ACT, risk, Element.MEANS, risk / 2, Element.PURPOSE, 0.0);
        Classification classification = new Classification(id, "eng", risk, flagged, 0.2, scores, indicators,
                contacts, "test-1");
        AdFields fields = new AdFields(title, text, "", "Phnom Penh", "", contact, "", List.of());
        return new AdDocument(id, platform + "-source", platform, "https://" + platform + ".example/ads/" + id,
                "https://" + platform + ".example/ads/" + id, fields, "hash-" + id, 0L, List.of(), firstSeen,
                firstSeen, null, 1, classification);
    }
}
