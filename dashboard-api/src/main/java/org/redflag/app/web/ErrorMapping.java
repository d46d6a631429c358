package org.redflag.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.JavalinDefaultRouting;
import java.util.Map;
import java.util.UUID;
import org.redflag.app.api.ApiException;
import org.redflag.app.api.ErrorBody;
import org.redflag.app.api.NoSuchAdException;
import org.redflag.app.api.NoSuchSourceException;
import org.redflag.app.api.SourceBusyException;
import org.redflag.app.api.VersionConflictException;
import org.redflag.app.auth.AccessDeniedException;
import org.redflag.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into {@code {"error": "...", "details": {...}}} with the right status. Unexpected failures
 * are logged with an incident id that the response repeats, and their message is not shown to the caller.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    void addTo(JavalinDefaultRouting routes) {
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.getMessage(), e.details()));
        routes.exception(AccessDeniedException.class, (e, ctx) -> send(ctx, e.status(), e.getMessage(), e.details()));
        routes.exception(NoSuchAdException.class, (e, ctx) ->
                send(ctx, 404, e.getMessage(), Map.of("ad_id", e.adId())));
        routes.exception(NoSuchSourceException.class, (e, ctx) ->
                send(ctx, 404, e.getMessage(), Map.of("source_id", e.sourceId())));
        routes.exception(SourceBusyException.class, (e, ctx) ->
                send(ctx, 409, e.getMessage() + ": wait for the run to end", Map.of("source_id", e.sourceId())));
        routes.exception(VersionConflictException.class, (e, ctx) -> send(ctx, 409,
                e.getMessage() + ": reload it and send your change again", Map.of("ad_id", e.adId())));
        routes.exception(StoreUnavailableException.class, this::storeUnavailable);
        routes.exception(HttpResponseException.class, (e, ctx) ->
                send(ctx, e.getStatus(), describe(e, ctx), Map.of()));
        routes.exception(Exception.class, this::unexpected);
    }

    private void storeUnavailable(StoreUnavailableException e, Context ctx) {
        LOG.warn("Store unavailable for {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        send(ctx, 503, "The ad store (Elasticsearch) is unavailable: try again shortly; GET /health/ready shows "
                + "what is down", Map.of());
    }

    private void unexpected(Exception e, Context ctx) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Unexpected failure {} on {} {}", incident, ctx.method(), ctx.path(), e);
        send(ctx, 500, "Internal error: the server log has the details under incident " + incident,
                Map.of("incident", incident));
    }

    private static String describe(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> "Nothing at " + ctx.method() + " " + ctx.path() + ": see /api/docs for the endpoints";
            case 405 -> "Method " + ctx.method() + " is not allowed on " + ctx.path() + ": see /api/docs";
            case 413 -> "The request body is too large (server.max_request_bytes): send less";
            default -> e.getMessage();
        };
    }

    static void send(Context ctx, int status, String message, Map<String, Object> details) {
        ctx.status(status).json(new ErrorBody(message, details));
    }
}
