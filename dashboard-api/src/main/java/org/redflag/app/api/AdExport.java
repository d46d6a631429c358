package org.redflag.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.redflag.classifier.Contacts;
import org.redflag.classifier.IndicatorHit;
import org.redflag.store.AdDocument;

/**
 * Writes ads for analysts to take elsewhere: CSV for spreadsheets, JSON lines (one full ad view per line) for
 * scripts. CSV cells that a spreadsheet would run as a formula ({@code = + - @}, tab, carriage return) are prefixed
 * with an apostrophe, so untrusted ad text cannot execute in the analyst's spreadsheet.
 */
final class AdExport {
    static final List<String> COLUMNS = List.of("id", "url", "platform", "source_id", "title", "risk", "flagged",
            "status", "assignee", "indicators", "phones", "emails", "messengers", "first_seen", "last_seen",
            "removed_at");

    private AdExport() {
    }

    static String csv(List<TrackedAd> ads) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (TrackedAd tracked : ads) {
            out.append(row(tracked).map(AdExport::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    private static Stream<String> row(TrackedAd tracked) {
        AdDocument ad = tracked.ad();
        Contacts contacts = ad.classification().contacts();
        return Stream.of(ad.id(), ad.url(), ad.platform(), ad.sourceId(), ad.fields().title(),
                Double.toString(ad.classification().risk()), Boolean.toString(ad.classification().flagged()),
                tracked.triage().status().id(), tracked.triage().assignee(),
                ad.classification().indicators().stream().map(IndicatorHit::id).collect(Collectors.joining(";")),
                String.join(";", contacts.phones()), String.join(";", contacts.emails()),
                String.join(";", contacts.messengers()), ad.firstSeen().toString(), ad.lastSeen().toString(),
                ad.findRemovedAt().map(Object::toString).orElse(""));
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    static String jsonLines(List<TrackedAd> ads, ObjectMapper mapper) {
        StringBuilder out = new StringBuilder();
        for (TrackedAd tracked : ads) {
            try {
                out.append(mapper.writeValueAsString(AdViews.detail(tracked))).append('\n');
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }
}
