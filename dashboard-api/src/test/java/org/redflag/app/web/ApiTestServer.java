package org.redflag.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.redflag.app.api.AdSearch;
import org.redflag.app.api.CrawlRunLog;
import org.redflag.app.api.FakeSourceOperations;
import org.redflag.app.api.InMemoryAdSearch;
import org.redflag.app.auth.ApiKeyRegistry;
import org.redflag.app.auth.Principal;
import org.redflag.store.InMemoryAdStore;
import org.redflag.store.config.ServerConfig;

/**
 * A real {@link RedflagServer} on a free loopback port with fake backends, and a plain JDK HTTP client to call it.
 * One key per role is generated; {@link #send} never logs keys.
 */
public final class ApiTestServer implements AutoCloseable {
    public final InMemoryAdSearch ads = new InMemoryAdSearch();
    public final FakeSourceOperations sources = new FakeSourceOperations();
    public final InMemoryAdStore runs = new InMemoryAdStore();
    public final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    public final List<ReadinessCheck> readiness = new ArrayList<>();
    public final ApiKeyRegistry keys = new ApiKeyRegistry();
    public final String analystKey = keys.generate(Principal.analyst("alice"));
    public final String operatorKey = keys.generate(Principal.operator("olga"));
    public final String harbourKey = keys.generate(Principal.platform("harbour-bot", "harbour-jobs"));
    public final String huarenjieKey = keys.generate(Principal.platform("huarenjie-bot", "huarenjie"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private RedflagServer server;
    private URI base;
    private AdSearch search = ads;
    private CrawlRunLog runLog = runs::recentCrawlRuns;

    /** Serves these backends instead of the in-memory fakes. */
    public ApiTestServer using(AdSearch realAds, CrawlRunLog realRuns) {
        search = realAds;
        runLog = realRuns;
        return this;
    }

    public ApiTestServer start() {
        return start(ServerConfig.defaults());
    }

    public ApiTestServer start(ServerConfig config) {
        server = new RedflagServer(config, keys, new ServerBackends(search, runLog, sources, readiness, metrics));
        int port = server.start("127.0.0.1", 0);
        base = URI.create("http://127.0.0.1:" + port);
        return this;
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public HttpResponse<String> get(String path, String key) {
        return send("GET", path, key, null);
    }

    /** Sends a request with the key as a bearer token (no header when {@code key} is null). */
    public HttpResponse<String> send(String method, String path, String key, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }
}
