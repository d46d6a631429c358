package org.redflag.app.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redflag.classifier.Classification;
import org.redflag.classifier.Contacts;
import org.redflag.classifier.Element;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;
import org.redflag.store.AdDocument;

/**
 * The JSON shapes of ads, one per audience. Analysts see everything, contacts included; platforms see their ad,
 * the explanation and their own answer, but neither the extracted contacts nor the analysts' notes and assignee.
 */
final class AdViews {
    private AdViews() {
    }

    /** A row of the analysts' queue. */
    record AdSummary(String id, String title, String platform, String sourceId, String url, String language,
                     double risk, boolean flagged, Map<String, Double> elementScores, List<String> indicators,
                     String status, String assignee, Instant firstSeen, Instant lastSeen, boolean removed) {
    }

    record EvidenceView(String field, int start, int end, String text) {
    }

    record IndicatorView(String id, String element, String exploitation, double weight, List<EvidenceView> evidence) {
    }

    record Explanation(String language, double risk, boolean flagged, double deception,
                       Map<String, Double> elementScores, List<IndicatorView> indicators,
                       List<Highlighter.HighlightedField> highlighted, String modelVersion) {
    }

    record Listing(String title, String text, String company, String location, String salary, String postedDate,
                   List<String> images) {
    }

    record TriageView(String status, String assignee, List<TriageNote> notes, Instant updatedAt) {
    }

    record ResponseView(String state, String action, String note, String respondent, Instant updatedAt) {
    }

    /** Everything an analyst needs to judge one ad. */
    record AdDetail(String id, String url, String canonicalUrl, String platform, String sourceId, Listing listing,
                    String contactLine, Contacts contacts, Explanation explanation, TriageView triage,
                    ResponseView platformResponse, List<String> repostOf, Instant firstSeen, Instant lastSeen,
                    Instant removedAt, int adVersion, String version) {
    }

    /** A flag report as its platform sees it. */
    record Report(String id, String url, Listing listing, Explanation explanation, ResponseView response,
                  Instant firstSeen, Instant lastSeen, Instant removedAt) {
    }

    /** Ads that share one contact point with the ad in question. */
    record Link(String contact, String kind, List<AdSummary> ads) {
    }

    record Linked(String adId, List<Link> links) {
    }

    static AdSummary summary(TrackedAd tracked) {
        AdDocument ad = tracked.ad();
        Classification c = ad.classification();
        return new AdSummary(ad.id(), ad.fields().title(), ad.platform(), ad.sourceId(), ad.url(), c.language(),
                c.risk(), c.flagged(), elementScores(c), c.indicators().stream().map(IndicatorHit::id).toList(),
                tracked.triage().status().id(), tracked.triage().assignee(), ad.firstSeen(), ad.lastSeen(),
                ad.removed());
    }

    static AdDetail detail(TrackedAd tracked) {
        AdDocument ad = tracked.ad();
        Triage t = tracked.triage();
        return new AdDetail(ad.id(), ad.url(), ad.canonicalUrl(), ad.platform(), ad.sourceId(), listing(ad),
                ad.fields().contact(), ad.classification().contacts(), explanation(ad),
                new TriageView(t.status().id(), t.assignee(), t.notes(), t.updatedAt()),
                response(tracked.platformResponse()), ad.repostOf(), ad.firstSeen(), ad.lastSeen(), ad.removedAt(),
                ad.version(), tracked.version());
    }

    static Report report(TrackedAd tracked) {
        AdDocument ad = tracked.ad();
        return new Report(ad.id(), ad.url(), listing(ad), explanation(ad), response(tracked.platformResponse()),
                ad.firstSeen(), ad.lastSeen(), ad.removedAt());
    }

    private static Listing listing(AdDocument ad) {
        var f = ad.fields();
        return new Listing(f.title(), f.text(), f.company(), f.location(), f.salary(), f.postedDate(), f.images());
    }

    private static ResponseView response(PlatformResponse r) {
        return new ResponseView(r.state().id(), r.action(), r.note(), r.respondent(), r.updatedAt());
    }

    private static Explanation explanation(AdDocument ad) {
        Classification c = ad.classification();
        List<IndicatorView> indicators = c.indicators().stream().map(AdViews::indicator).toList();
        return new Explanation(c.language(), c.risk(), c.flagged(), c.deception(), elementScores(c), indicators,
                Highlighter.highlight(ad.fields().toAdText(ad.id(), ad.url()), c.indicators()), c.modelVersion());
    }

    private static IndicatorView indicator(IndicatorHit hit) {
        List<EvidenceView> evidence = hit.evidence().stream()
                .map((Evidence e) -> new EvidenceView(e.field(), e.start(), e.end(), e.text())).toList();
        return new IndicatorView(hit.id(), lower(hit.element()), hit.exploitation(), hit.weight(), evidence);
    }

    private static Map<String, Double> elementScores(Classification c) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Element element : Element.values()) {
            scores.put(lower(element), c.elementScores().getOrDefault(element, 0.0));
        }
        return scores;
    }

    private static String lower(Element element) {
        return element.name().toLowerCase(Locale.ROOT);
    }
}
