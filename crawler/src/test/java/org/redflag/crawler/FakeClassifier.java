package org.redflag.crawler;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.redflag.classifier.AdClassifier;
import org.redflag.classifier.AdText;
import org.redflag.classifier.Classification;
import org.redflag.classifier.Contacts;
import org.redflag.classifier.Element;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;

/** A classifier for tests: flags ads whose text mentions "passport", and counts its calls. */
public final class FakeClassifier implements AdClassifier {
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public Classification classify(AdText ad) {
        calls.incrementAndGet();
        int at = ad.text().indexOf("passport");
        if (at < 0) {
            return new Classification(ad.id(), "eng", 0.05, false, 0.1, Map.of(), List.of(), Contacts.NONE, "fake");
        }
        IndicatorHit hit = new IndicatorHit("document_retention", Element.MEANS, "labour", 1.0,
                List.of(new Evidence("text", at, at + 8, "passport")));
        return new Classification(ad.id(), "eng", 0.9, true, 0.8, Map.of(Element.MEANS, 0.9), List.of(hit),
                Contacts.NONE, "fake");
    }

    public int calls() {
        return calls.get();
    }
}
