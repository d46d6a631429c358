package org.redflag.app.api;

import java.util.EnumSet;
import java.util.Set;

/** Which flagged ads become flag reports for their platform ({@code server.platform_reports}). */
public enum ReportPolicy {
    /** Only ads an analyst confirmed: a human reviews every report before a platform sees it. */
    CONFIRMED(EnumSet.of(TriageStatus.CONFIRMED)),
    /** Every flagged ad an analyst has not dismissed. */
    FLAGGED(EnumSet.of(TriageStatus.NEW, TriageStatus.IN_REVIEW, TriageStatus.CONFIRMED));

    private final Set<TriageStatus> reported;

    ReportPolicy(Set<TriageStatus> reported) {
        this.reported = reported;
    }

    /** The triage states of ads reported under this policy. */
    public Set<TriageStatus> reportedStatuses() {
        return Set.copyOf(reported);
    }

    public boolean reports(TrackedAd ad) {
        return ad.ad().classification().flagged() && reported.contains(ad.triage().status());
    }

    /** The policy named {@code confirmed} or {@code flagged}, as in the configuration. */
    public static ReportPolicy of(String name) {
        return switch (name) {
            case "confirmed" -> CONFIRMED;
            case "flagged" -> FLAGGED;
            default -> throw new IllegalArgumentException("server.platform_reports is '" + name
                    + "': use 'confirmed' or 'flagged'");
        };
    }
}
