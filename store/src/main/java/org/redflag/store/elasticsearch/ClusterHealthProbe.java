package org.redflag.store.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Asks a node for its cluster health. {@code GET /} answers 405 in the distribution Redflag embeds, so readiness is
 * {@code GET /_cluster/health?wait_for_status=yellow} reporting yellow or green.
 */
final class ClusterHealthProbe {
    private static final Pattern HEALTHY = Pattern.compile("\"status\"\\s*:\\s*\"(yellow|green)\"");
    private static final Pattern TIMED_OUT = Pattern.compile("\"timed_out\"\\s*:\\s*true");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final URI health;

    ClusterHealthProbe(String baseUrl) {
        this.health = URI.create(baseUrl + "/_cluster/health?wait_for_status=yellow&timeout=1s");
    }

    /** Whether the cluster is yellow or green now; false while the node is not listening yet. */
    boolean isHealthy() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return response.statusCode() == 200 && HEALTHY.matcher(body).find() && !TIMED_OUT.matcher(body).find();
        } catch (IOException e) {
            return false;
        }
    }
}
