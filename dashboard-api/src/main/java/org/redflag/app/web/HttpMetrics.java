package org.redflag.app.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Times every HTTP request into {@code http.server.requests} (Prometheus: {@code http_server_requests_seconds}),
 * tagged by method, route template (never the raw path, so ids and query strings do not become labels) and status.
 */
final class HttpMetrics {
    private static final String STARTED = "redflag.started";
    private final MeterRegistry registry;

    HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void start(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    void finish(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        Timer.builder("http.server.requests")
                .description("HTTP requests served by the API and the dashboard")
                .tag("method", ctx.method().name())
                .tag("uri", route(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    private static String route(Context ctx) {
        String template = ctx.endpointHandlerPath();
        if (template.equals("*")) {
            return "static";
        }
        return template.startsWith("/") ? template : "unmatched";
    }
}
