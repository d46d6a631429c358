package org.redflag.app.web;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Liveness, readiness and metrics. They need no key: they reveal no ad data, only whether the process and its
 * dependencies are up and the request and crawl counters.
 */
final class HealthRoutes {
    private final List<ReadinessCheck> checks;
    private final PrometheusMeterRegistry metrics;

    HealthRoutes(List<ReadinessCheck> checks, PrometheusMeterRegistry metrics) {
        this.checks = List.copyOf(checks);
        this.metrics = metrics;
    }

    void addTo(JavalinDefaultRouting routes) {
        routes.get("/health/live", ctx -> ctx.json(Map.of("status", "up")));
        routes.get("/health/ready", this::ready);
        routes.get("/metrics", this::scrape);
    }

    /** The readiness answer: every check with its detail, and which failed. */
    record Readiness(String status, Map<String, ReadinessCheck.Result> checks, List<String> failed) {
    }

    private void ready(Context ctx) {
        Map<String, ReadinessCheck.Result> results = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (ReadinessCheck check : checks) {
            ReadinessCheck.Result result = safely(check);
            results.put(check.name(), result);
            if (!result.up()) {
                failed.add(check.name());
            }
        }
        ctx.status(failed.isEmpty() ? 200 : 503).json(new Readiness(failed.isEmpty() ? "up" : "down", results, failed));
    }

    private static ReadinessCheck.Result safely(ReadinessCheck check) {
        try {
            return check.check();
        } catch (RuntimeException e) {
            return ReadinessCheck.Result.down(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }
}
