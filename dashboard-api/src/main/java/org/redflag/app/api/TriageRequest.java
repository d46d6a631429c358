package org.redflag.app.api;

/**
 * The body of {@code PATCH /api/v1/ads/{id}/triage}. {@code version} is required; at least one of the others.
 *
 * @param version  the ad's version as last read; the update is refused (409) if the ad changed since
 * @param status   new, in_review, confirmed or dismissed
 * @param assignee who works on it; "" unassigns
 * @param note     a note to append
 */
record TriageRequest(String version, String status, String assignee, String note) {
    static final String EXAMPLE =
            "{\"version\": \"12:1\", \"status\": \"confirmed\", \"assignee\": \"alice\", \"note\": \"same phone as ...\"}";
}
