package org.redflag.store;

import java.util.Objects;
import java.util.Set;

/**
 * Which stored ads to list, for the API. Empty strings and sets mean "any".
 *
 * @param flaggedOnly    only ads the classifier flagged
 * @param platform       only ads of this platform
 * @param sourceId       only ads found by this source
 * @param minRisk        only ads with risk at least this, in [0,1]; 0 for any
 * @param text           full-text query over title, body, company, location, salary and contact line
 * @param contact        only ads with this exact normalised contact (E.164 phone, e-mail, {@code app:handle}, URL)
 * @param triageStatuses only ads whose triage status is one of these ({@link AdTriage#STATUSES}); an ad nobody
 *                       reviewed is {@code new}
 * @param replyStates    only ads whose platform reply is in one of these states ({@link PlatformReply#STATES}); an
 *                       ad without a reply is {@code open}
 * @param assignee       only ads assigned to this name
 * @param includeRemoved also ads their site has removed
 * @param offset         how many matching ads to skip
 * @param limit          how many to return, at most {@value #MAX_LIMIT}
 * @param sort           the order
 */
public record AdQuery(
        boolean flaggedOnly,
        String platform,
        String sourceId,
        double minRisk,
        String text,
        String contact,
        Set<String> triageStatuses,
        Set<String> replyStates,
        String assignee,
        boolean includeRemoved,
        int offset,
        int limit,
        Sort sort) {

    /** The largest page. */
    public static final int MAX_LIMIT = 1000;
    /** How deep paging may go (Elasticsearch's default result window). */
    public static final int MAX_WINDOW = 10_000;

    /** Orders of the result. */
    public enum Sort {
        /** Highest risk first, then most recently seen. */
        RISK,
        /** Most recently first seen first. */
        NEWEST,
        /** Most recently seen on its site first. */
        LAST_SEEN
    }

    public AdQuery {
        platform = Objects.requireNonNullElse(platform, "");
        sourceId = Objects.requireNonNullElse(sourceId, "");
        text = Objects.requireNonNullElse(text, "").trim();
        contact = Objects.requireNonNullElse(contact, "").trim();
        triageStatuses = Set.copyOf(triageStatuses);
        replyStates = Set.copyOf(replyStates);
        assignee = Objects.requireNonNullElse(assignee, "");
        Objects.requireNonNull(sort, "AdQuery.sort");
        if (minRisk < 0 || minRisk > 1) {
            throw new IllegalArgumentException("minRisk must be in [0,1], was " + minRisk);
        }
        if (offset < 0 || limit < 0 || limit > MAX_LIMIT || offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " must be >= 0, limit <= "
                    + MAX_LIMIT + " and offset + limit <= " + MAX_WINDOW);
        }
        triageStatuses.forEach(AdTriage::checkStatus);
        replyStates.forEach(PlatformReply::checkState);
    }

    /** Every live ad, newest first, the first 20. */
    public static AdQuery all() {
        return new AdQuery(false, "", "", 0, "", "", Set.of(), Set.of(), "", false, 0, 20, Sort.NEWEST);
    }

    /** Flagged live ads, highest risk first, the first 20. */
    public static AdQuery flagged() {
        return all().withFlaggedOnly(true).withSort(Sort.RISK);
    }

    public AdQuery withFlaggedOnly(boolean value) {
        return new AdQuery(value, platform, sourceId, minRisk, text, contact, triageStatuses, replyStates, assignee,
                includeRemoved, offset, limit, sort);
    }

    public AdQuery withPlatform(String value) {
        return new AdQuery(flaggedOnly, value, sourceId, minRisk, text, contact, triageStatuses, replyStates,
                assignee, includeRemoved, offset, limit, sort);
    }

    public AdQuery withSourceId(String value) {
        return new AdQuery(flaggedOnly, platform, value, minRisk, text, contact, triageStatuses, replyStates,
                assignee, includeRemoved, offset, limit, sort);
    }

    public AdQuery withMinRisk(double value) {
        return new AdQuery(flaggedOnly, platform, sourceId, value, text, contact, triageStatuses, replyStates,
                assignee, includeRemoved, offset, limit, sort);
    }

    public AdQuery withText(String value) {
        return new AdQuery(flaggedOnly, platform, sourceId, minRisk, value, contact, triageStatuses, replyStates,
                assignee, includeRemoved, offset, limit, sort);
    }

    public AdQuery withContact(String value) {
        return new AdQuery(flaggedOnly, platform, sourceId, minRisk, text, value, triageStatuses, replyStates,
                assignee, includeRemoved, offset, limit, sort);
    }

    public AdQuery withTriageStatuses(Set<String> value) {
        return new AdQuery(flaggedOnly, platform, sourceId, minRisk, text, contact, value, replyStates, assignee,
                includeRemoved, offset, limit, sort);
    }

    public AdQuery withReplyStates(Set<String> value) {
        return new AdQuery(flaggedOnly, platform, sourceId, minRisk, text, contact, triageStatuses, value, assignee,
                includeRemoved, offset, limit, sort);
    }

    public AdQuery withAssignee(String value) {
        return new AdQuery(flaggedOnly, platform, sourceId, minRisk, text, contact, triageStatuses, replyStates,
                value, includeRemoved, offset, limit, sort);
    }

    public AdQuery withIncludeRemoved(boolean value) {
        return new AdQuery(flaggedOnly, platform, sourceId, minRisk, text, contact, triageStatuses, replyStates,
                assignee, value, offset, limit, sort);
    }

    public AdQuery withPage(int newOffset, int newLimit) {
        return new AdQuery(flaggedOnly, platform, sourceId, minRisk, text, contact, triageStatuses, replyStates,
                assignee, includeRemoved, newOffset, newLimit, sort);
    }

    public AdQuery withSort(Sort value) {
        return new AdQuery(flaggedOnly, platform, sourceId, minRisk, text, contact, triageStatuses, replyStates,
                assignee, includeRemoved, offset, limit, value);
    }
}
