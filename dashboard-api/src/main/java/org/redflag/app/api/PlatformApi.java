package org.redflag.app.api;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.redflag.app.auth.AccessControl;
import org.redflag.app.auth.Principal;
import org.redflag.app.auth.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platforms' endpoints: flag reports about their own ads, acknowledging them, and reporting back what was done.
 *
 * <p>A platform key is bound to one platform; that binding, never a request parameter, sets the platform filter of
 * every query here, and a report of another platform answers 404 as if it did not exist.
 */
public final class PlatformApi {
    private static final Set<String> LIST_PARAMS = Set.of("state", "offset", "limit");
    private static final int MAX_NOTE = 4000;
    private static final Logger AUDIT = LoggerFactory.getLogger("org.redflag.audit");

    private final AdSearch ads;
    private final JsonBodies bodies;
    private final ReportPolicy policy;
    private final Clock clock;

    public PlatformApi(AdSearch ads, JsonBodies bodies, ReportPolicy policy, Clock clock) {
        this.ads = ads;
        this.bodies = bodies;
        this.policy = policy;
        this.clock = clock;
    }

    public void addTo(JavalinDefaultRouting routes) {
        routes.get("/api/v1/reports", this::list, Role.PLATFORM);
        routes.get("/api/v1/reports/{id}", this::get, Role.PLATFORM);
        routes.post("/api/v1/reports/{id}/acknowledge", this::acknowledge, Role.PLATFORM);
        routes.post("/api/v1/reports/{id}/response", this::respond, Role.PLATFORM);
    }

    private void list(Context ctx) {
        QueryParams q = QueryParams.of(ctx, LIST_PARAMS);
        int limit = q.integer("limit", Pages.DEFAULT_LIMIT, 1, Pages.MAX_LIMIT);
        AdFilter filter = AdFilter.flagged()
                .withPlatform(AccessControl.caller(ctx).platform())
                .withStatuses(policy.reportedStatuses())
                .withReportStates(q.setOf("state", ReportState.class, ReportState::find, ReportState.ids()))
                .withPage(Pages.checkWindow(q.integer("offset", 0, 0, Pages.MAX_OFFSET), limit), limit);
        AdPage page = ads.search(filter);
        ctx.json(new Pages.Page<>(page.total(), page.ads().stream().map(AdViews::report).toList()));
    }

    private void get(Context ctx) {
        QueryParams.of(ctx, Set.of());
        ctx.json(AdViews.report(expectReport(ctx)));
    }

    /** The report with the path's id if the caller's platform may see it; otherwise 404, whatever the reason. */
    private TrackedAd expectReport(Context ctx) {
        String id = PathIds.id(ctx, "id");
        Principal caller = AccessControl.caller(ctx);
        return ads.findAd(id)
                .filter(ad -> ad.ad().platform().equals(caller.platform()) && policy.reports(ad))
                .orElseThrow(() -> ApiException.notFound("report", id));
    }

    private void acknowledge(Context ctx) {
        QueryParams.of(ctx, Set.of());
        TrackedAd report = expectReport(ctx);
        PlatformResponse current = report.platformResponse();
        if (current.state() != ReportState.OPEN) {
            ctx.json(AdViews.report(report));
            return;
        }
        PlatformResponse acknowledged = new PlatformResponse(ReportState.ACKNOWLEDGED, "", "",
                AccessControl.caller(ctx).name(), clock.instant());
        AUDIT.info("report ad={} acknowledged by={}", report.id(), acknowledged.respondent());
        ctx.json(AdViews.report(ads.savePlatformResponse(report.id(), acknowledged)));
    }

    private void respond(Context ctx) {
        QueryParams.of(ctx, Set.of());
        TrackedAd report = expectReport(ctx);
        ResponseRequest request = bodies.read(ctx, ResponseRequest.class, ResponseRequest.EXAMPLE);
        PlatformAction action = validAction(request.action());
        String note = validNote(request.note());
        PlatformResponse response = new PlatformResponse(ReportState.ACTIONED, action.id(), note,
                AccessControl.caller(ctx).name(), clock.instant());
        AUDIT.info("report ad={} action={} by={}", report.id(), action.id(), response.respondent());
        ctx.json(AdViews.report(ads.savePlatformResponse(report.id(), response)));
    }

    private static PlatformAction validAction(String action) {
        if (action == null || action.isBlank()) {
            throw ApiException.badRequest("Field 'action' is required: one of " + PlatformAction.ids(),
                    Map.of("field", "action", "expected", PlatformAction.ids()));
        }
        return PlatformAction.find(action).orElseThrow(() -> ApiException.badRequest("Field 'action' is '" + action
                        + "': use one of " + PlatformAction.ids(),
                Map.of("field", "action", "value", action, "expected", PlatformAction.ids())));
    }

    private static String validNote(String note) {
        String text = note == null ? "" : note.trim();
        if (text.length() > MAX_NOTE) {
            throw ApiException.badRequest("Field 'note' is longer than " + MAX_NOTE + " characters: shorten it",
                    Map.of("field", "note", "max_length", MAX_NOTE));
        }
        return text;
    }

    /** The body of {@code POST /api/v1/reports/{id}/response}. */
    record ResponseRequest(String action, String note) {
        static final String EXAMPLE = "{\"action\": \"removed\", \"note\": \"account closed\"}";
    }
}
