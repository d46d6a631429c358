package org.redflag.app.api;

import java.util.Objects;
import java.util.Set;

/**
 * Which ads to list. Empty strings and sets mean "any".
 *
 * @param flaggedOnly    only ads the classifier flagged
 * @param platform       only ads of this platform (set from the key for platform callers, never from the request)
 * @param sourceId       only ads found by this source
 * @param minRisk        only ads with risk at least this, in [0,1]
 * @param text           full-text query over title and body
 * @param contact        only ads with this exact normalised contact (E.164 phone, e-mail, {@code app:handle}, URL)
 * @param statuses       only ads whose triage status is one of these
 * @param reportStates   only ads whose platform report is in one of these states
 * @param assignee       only ads assigned to this name
 * @param includeRemoved also ads their site has removed
 * @param offset         how many matching ads to skip
 * @param limit          how many to return
 * @param sort           the order
 */
public record AdFilter(
        boolean flaggedOnly,
        String platform,
        String sourceId,
        double minRisk,
        String text,
        String contact,
        Set<TriageStatus> statuses,
        Set<ReportState> reportStates,
        String assignee,
        boolean includeRemoved,
        int offset,
        int limit,
        AdSort sort) {

    public AdFilter {
        platform = Objects.requireNonNullElse(platform, "");
        sourceId = Objects.requireNonNullElse(sourceId, "");
        text = Objects.requireNonNullElse(text, "");
        contact = Objects.requireNonNullElse(contact, "");
        statuses = Set.copyOf(statuses);
        reportStates = Set.copyOf(reportStates);
        assignee = Objects.requireNonNullElse(assignee, "");
        Objects.requireNonNull(sort, "AdFilter.sort");
    }

    /** Flagged live ads, highest risk first, the first 20. */
    public static AdFilter flagged() {
        return new AdFilter(true, "", "", 0, "", "", Set.of(), Set.of(), "", false, 0, 20, AdSort.RISK);
    }

    public AdFilter withPlatform(String value) {
        return new AdFilter(flaggedOnly, value, sourceId, minRisk, text, contact, statuses, reportStates, assignee,
                includeRemoved, offset, limit, sort);
    }

    public AdFilter withContact(String value) {
        return new AdFilter(flaggedOnly, platform, sourceId, minRisk, text, value, statuses, reportStates, assignee,
                includeRemoved, offset, limit, sort);
    }

    public AdFilter withStatuses(Set<TriageStatus> value) {
        return new AdFilter(flaggedOnly, platform, sourceId, minRisk, text, contact, value, reportStates, assignee,
                includeRemoved, offset, limit, sort);
    }

    public AdFilter withFlaggedOnly(boolean value) {
        return new AdFilter(value, platform, sourceId, minRisk, text, contact, statuses, reportStates, assignee,
                includeRemoved, offset, limit, sort);
    }

    public AdFilter withReportStates(Set<ReportState> value) {
        return new AdFilter(flaggedOnly, platform, sourceId, minRisk, text, contact, statuses, value, assignee,
                includeRemoved, offset, limit, sort);
    }

    public AdFilter withPage(int newOffset, int newLimit) {
        return new AdFilter(flaggedOnly, platform, sourceId, minRisk, text, contact, statuses, reportStates,
                assignee, includeRemoved, newOffset, newLimit, sort);
    }
}
