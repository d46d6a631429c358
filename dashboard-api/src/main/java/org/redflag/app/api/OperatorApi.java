package org.redflag.app.api;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quartz.CronExpression;
import org.redflag.app.auth.Role;
import org.redflag.store.CrawlRun;

/** The operators' endpoints: sources, their schedules, crawl history, and running a source now. */
public final class OperatorApi {
    private static final int DEFAULT_RUNS = 20;
    private static final int MAX_RUNS = 200;

    private final SourceOperations sources;
    private final CrawlRunLog runs;
    private final JsonBodies bodies;

    public OperatorApi(SourceOperations sources, CrawlRunLog runs, JsonBodies bodies) {
        this.sources = sources;
        this.runs = runs;
        this.bodies = bodies;
    }

    public void addTo(JavalinDefaultRouting routes) {
        routes.get("/api/v1/sources", this::list, Role.OPERATOR);
        routes.get("/api/v1/sources/{id}", this::get, Role.OPERATOR);
        routes.get("/api/v1/sources/{id}/runs", this::sourceRuns, Role.OPERATOR);
        routes.post("/api/v1/sources/{id}/run", this::runNow, Role.OPERATOR);
        routes.put("/api/v1/sources/{id}/schedule", this::reschedule, Role.OPERATOR);
        routes.get("/api/v1/crawl-runs", this::allRuns, Role.OPERATOR);
    }

    private void list(Context ctx) {
        QueryParams.of(ctx, Set.of());
        List<SourceStatus> all = sources.listSources();
        ctx.json(new Pages.Page<>(all.size(), all));
    }

    private void get(Context ctx) {
        QueryParams.of(ctx, Set.of());
        ctx.json(expectSource(PathIds.id(ctx, "id")));
    }

    private SourceStatus expectSource(String id) {
        return sources.findSource(id).orElseThrow(() -> ApiException.notFound("source", id));
    }

    private void sourceRuns(Context ctx) {
        String id = PathIds.id(ctx, "id");
        int limit = QueryParams.of(ctx, Set.of("limit")).integer("limit", DEFAULT_RUNS, 1, MAX_RUNS);
        expectSource(id);
        List<CrawlRun> recent = runs.recentCrawlRuns(id, limit);
        ctx.json(new Pages.Page<>(recent.size(), recent));
    }

    private void allRuns(Context ctx) {
        QueryParams q = QueryParams.of(ctx, Set.of("source", "limit"));
        String source = q.text("source");
        int limit = q.integer("limit", DEFAULT_RUNS, 1, MAX_RUNS);
        List<CrawlRun> recent = runs.recentCrawlRuns(source, limit);
        ctx.json(new Pages.Page<>(recent.size(), recent));
    }

    private void runNow(Context ctx) {
        String id = PathIds.id(ctx, "id");
        QueryParams.of(ctx, Set.of());
        expectSource(id);
        try {
            sources.runNow(id);
        } catch (SourceBusyException e) {
            throw new ApiException(409, "Source '" + id + "' is being crawled now; a source never runs twice at "
                    + "once: wait for the run to end (GET /api/v1/sources/" + id + "/runs)", Map.of("source_id", id));
        }
        ctx.status(202).json(Map.of("source_id", id, "accepted", true,
                "message", "Crawl started; follow it with GET /api/v1/sources/" + id + "/runs"));
    }

    private void reschedule(Context ctx) {
        String id = PathIds.id(ctx, "id");
        QueryParams.of(ctx, Set.of());
        ScheduleRequest request = bodies.read(ctx, ScheduleRequest.class, ScheduleRequest.EXAMPLE);
        String cron = validCron(request.cron());
        expectSource(id);
        ctx.json(sources.reschedule(id, cron));
    }

    static String validCron(String cron) {
        if (cron == null || cron.isBlank()) {
            throw ApiException.badRequest("Field 'cron' is required: a Quartz cron expression such as "
                    + "\"0 0 */6 * * ?\" (every six hours)", Map.of("field", "cron"));
        }
        try {
            CronExpression.validateExpression(cron.trim());
            return cron.trim();
        } catch (ParseException e) {
            throw ApiException.badRequest("Field 'cron' is not a valid Quartz cron expression: " + e.getMessage()
                            + ". Use six or seven fields: seconds minutes hours day-of-month month day-of-week [year], "
                            + "e.g. \"0 0 */6 * * ?\"",
                    Map.of("field", "cron", "value", cron, "position", e.getErrorOffset()));
        }
    }

    /** The body of {@code PUT /api/v1/sources/{id}/schedule}. */
    record ScheduleRequest(String cron) {
        static final String EXAMPLE = "{\"cron\": \"0 0 */6 * * ?\"}";
    }
}
