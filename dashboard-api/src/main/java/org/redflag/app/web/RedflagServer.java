package org.redflag.app.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.JavalinDefaultRouting;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.redflag.app.api.AnalystApi;
import org.redflag.app.api.ApiJson;
import org.redflag.app.api.JsonBodies;
import org.redflag.app.api.OperatorApi;
import org.redflag.app.api.PlatformApi;
import org.redflag.app.api.ReportPolicy;
import org.redflag.app.auth.AccessControl;
import org.redflag.app.auth.ApiKeyRegistry;
import org.redflag.app.auth.Principal;
import org.redflag.app.auth.Role;
import org.redflag.store.config.ServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Redflag HTTP server: the REST API under {@code /api/v1}, the analyst dashboard at {@code /}, the OpenAPI
 * document at {@code /api/openapi.yaml} with Swagger UI at {@code /api/docs}, and {@code /health/live},
 * {@code /health/ready} and {@code /metrics} (these three need no key and reveal no ad data).
 *
 * <p>Wiring it (the {@code serve} and {@code demo} commands do this):
 * <pre>{@code
 * ApiKeyRegistry keys = new ApiKeyRegistry();
 * ApiKeyFile.load(Path.of(config.server().auth().keysFile()), keys);      // hashes from the key file, if any
 * String analystKey = keys.generate(Principal.analyst("demo-analyst"));   // or generate keys (the demo prints them)
 * ServerBackends backends = ProductionBackends.of(elasticsearchAdStore, elasticsearchConnection,
 *         crawlScheduler, prometheusRegistry);          // or new ServerBackends(...) with other implementations
 * RedflagServer server = new RedflagServer(config.server(), keys, backends);
 * int port = server.start();                       // or start(host, port); port 0 picks a free port
 * ...
 * server.stop();                                   // finishes requests in flight (up to 5 s), then closes
 * }</pre>
 *
 * <p>One instance serves once: {@link #start} may be called once, {@link #stop} any number of times. The instance
 * is thread-safe. Every {@code /api/v1} request passes one access check ({@link AccessControl}): a known key of
 * an allowed {@link Role}, else 401 or 403. Request bodies larger than {@code server.max_request_bytes} get 413.
 */
public final class RedflagServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedflagServer.class);
    private static final long STOP_TIMEOUT_MS = 5_000;

    private final ServerConfig config;
    private final ApiKeyRegistry keys;
    private final Javalin app;
    private boolean started;
    private boolean listening;

    /** A server that reads the time from the system clock. */
    public RedflagServer(ServerConfig config, ApiKeyRegistry keys, ServerBackends backends) {
        this(config, keys, backends, Clock.systemUTC());
    }

    /**
     * A server; nothing listens until {@link #start}.
     *
     * @param config   the {@code server} section of the configuration (max request size, report policy;
     *                 host and port when started with {@link #start()})
     * @param keys     the keys the API accepts; keys may still be added after start
     * @param backends what the API reads and drives
     * @param clock    the time stamped on triage notes and platform answers
     */
    public RedflagServer(ServerConfig config, ApiKeyRegistry keys, ServerBackends backends, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.keys = Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(backends, "backends");
        this.app = Javalin.create(cfg -> configure(cfg, keys, backends, clock));
    }

    /** Starts on the configured host and port and returns the bound port. */
    public int start() {
        return start(config.host(), config.port());
    }

    /**
     * Starts listening and returns the bound port (a free one when {@code port} is 0).
     *
     * @throws IllegalStateException when already started, or when the port cannot be bound (the message says
     *                               which host and port, and to pick another with {@code server.port})
     */
    public synchronized int start(String host, int port) {
        if (started) {
            throw new IllegalStateException("The server was started already; create a new one to serve again");
        }
        started = true;
        try {
            app.start(host, port);
            listening = true;
        } catch (Exception e) { // Javalin may also throw checked exceptions from Jetty (e.g. ExecutionException)
            throw new IllegalStateException("Cannot listen on " + host + ":" + port + " (" + rootMessage(e)
                    + "): stop what uses the port or set server.port (REDFLAG_SERVER_PORT) to another one", e);
        }
        LOG.info("Serving the API and dashboard on http://{}:{}/ with {} API keys", host, app.port(), keys.size());
        if (keys.size() == 0) {
            LOG.warn("No API key is registered, so every /api/v1 call gets 401: list key hashes in the file named "
                    + "by server.auth.keys_file (see config/api-keys.yml)");
        }
        return app.port();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** The bound port; only meaningful after {@link #start}. */
    public int port() {
        return app.port();
    }

    /** The dashboard's address, e.g. {@code http://127.0.0.1:8080/}, for start-up messages. */
    public URI uri(String host) {
        return URI.create("http://" + host + ":" + app.port() + "/");
    }

    /** Stops accepting requests, lets those in flight finish (up to 5 s) and closes. Safe to call twice. */
    public synchronized void stop() {
        if (!listening) {
            return;
        }
        listening = false;
        try {
            app.stop();
        } catch (Exception e) { // stopping must not mask what made the application stop
            LOG.warn("The HTTP server did not stop cleanly: {}", rootMessage(e));
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void configure(JavalinConfig cfg, ApiKeyRegistry keys, ServerBackends backends, Clock clock) {
        cfg.showJavalinBanner = false;
        cfg.http.maxRequestSize = config.maxRequestBytes();
        cfg.http.defaultContentType = "application/json";
        cfg.jsonMapper(new JavalinJackson(ApiJson.newMapper(), false));
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
        });
        cfg.staticFiles.enableWebjars();
        cfg.jetty.modifyServer(server -> server.setStopTimeout(STOP_TIMEOUT_MS));
        cfg.requestLogger.http((ctx, ms) -> LOG.debug("{} {} -> {} in {} ms",
                ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms)));
        cfg.router.mount(routes -> addRoutes(routes, keys, backends, clock));
    }

    private void addRoutes(JavalinDefaultRouting routes, ApiKeyRegistry keys, ServerBackends backends, Clock clock) {
        HttpMetrics metrics = new HttpMetrics(backends.metrics());
        routes.before(metrics::start);
        routes.before(new SecurityHeaders());
        routes.beforeMatched(new AccessControl(keys, backends.metrics()));
        routes.after(metrics::finish);
        new ErrorMapping().addTo(routes);
        new HealthRoutes(backends.readiness(), backends.metrics()).addTo(routes);
        new DocsRoutes().addTo(routes);
        JsonBodies bodies = new JsonBodies(ApiJson.newMapper(), config.maxRequestBytes());
        new AnalystApi(backends.ads(), bodies, clock).addTo(routes);
        new OperatorApi(backends.sources(), backends.runs(), bodies).addTo(routes);
        new PlatformApi(backends.ads(), bodies, ReportPolicy.of(config.platformReports()), clock).addTo(routes);
        routes.get("/api/v1/me", ctx -> {
            Principal caller = AccessControl.caller(ctx);
            ctx.json(Map.of("name", caller.name(), "role", caller.role().id(), "platform", caller.platform()));
        }, Role.ANALYST, Role.OPERATOR, Role.PLATFORM);
    }
}
