package org.redflag.app.api;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.redflag.app.auth.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Validates a triage request and applies it to the ad, guarded by the version the analyst read. */
final class TriageUpdates {
    private static final Logger AUDIT = LoggerFactory.getLogger("org.redflag.audit");
    private static final int MAX_ASSIGNEE = 100;
    private static final int MAX_NOTE = 4000;

    private final AdSearch ads;
    private final Clock clock;

    TriageUpdates(AdSearch ads, Clock clock) {
        this.ads = ads;
        this.clock = clock;
    }

    TrackedAd apply(String id, TriageRequest request, Principal author) {
        String version = validate(request);
        TrackedAd current = ads.findAd(id).orElseThrow(() -> ApiException.notFound("ad", id));
        if (!current.version().equals(version)) {
            throw conflict(id, version, current.version());
        }
        Triage updated = change(current.triage(), request, author, clock.instant());
        try {
            TrackedAd saved = ads.saveTriage(id, updated, version);
            AUDIT.info("triage ad={} by={} status={} assignee_changed={} note_added={}", id, author.name(),
                    saved.triage().status().id(), request.assignee() != null, request.note() != null);
            return saved;
        } catch (VersionConflictException e) {
            String now = ads.findAd(id).map(TrackedAd::version).orElse("");
            throw conflict(id, version, now);
        }
    }

    private static String validate(TriageRequest request) {
        if (request.version() == null || request.version().isBlank()) {
            throw ApiException.badRequest("Field 'version' is required: send the 'version' of the ad as you last "
                    + "read it (GET /api/v1/ads/{id})", Map.of("field", "version"));
        }
        if (request.status() == null && request.assignee() == null && request.note() == null) {
            throw ApiException.badRequest("Nothing to change: send at least one of 'status', 'assignee', 'note'",
                    Map.of("fields", java.util.List.of("status", "assignee", "note")));
        }
        if (request.status() != null && TriageStatus.find(request.status()).isEmpty()) {
            throw field("status", request.status(), "one of " + TriageStatus.ids());
        }
        if (request.assignee() != null && request.assignee().length() > MAX_ASSIGNEE) {
            throw field("assignee", request.assignee().substring(0, 20) + "...", "at most " + MAX_ASSIGNEE
                    + " characters");
        }
        if (request.note() != null && (request.note().isBlank() || request.note().length() > MAX_NOTE)) {
            throw field("note", request.note().isBlank() ? request.note() : request.note().substring(0, 20) + "...",
                    "a non-blank text of at most " + MAX_NOTE + " characters");
        }
        return request.version();
    }

    private static ApiException field(String name, String value, String expected) {
        return ApiException.badRequest("Field '" + name + "' is invalid: expected " + expected,
                Map.of("field", name, "value", value, "expected", expected));
    }

    private static Triage change(Triage triage, TriageRequest request, Principal author, Instant now) {
        Triage result = triage;
        if (request.status() != null) {
            result = result.withStatus(TriageStatus.find(request.status()).orElseThrow(), now);
        }
        if (request.assignee() != null) {
            result = result.withAssignee(request.assignee().trim(), now);
        }
        if (request.note() != null) {
            result = result.withNote(new TriageNote(now, author.name(), request.note().trim()));
        }
        return result;
    }

    private static ApiException conflict(String id, String yours, String current) {
        return new ApiException(409, "Ad '" + id + "' was changed by someone else since you read it: reload it, "
                + "check the change, and send yours again with the new version",
                AnalystApi.conflictDetails(id, yours, current));
    }
}
