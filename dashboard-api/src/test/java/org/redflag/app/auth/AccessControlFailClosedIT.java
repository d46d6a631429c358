package org.redflag.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A route added under /api/v1 without roles stays closed, even to a valid key; routes elsewhere stay public. */
class AccessControlFailClosedIT {
    private final ApiKeyRegistry keys = new ApiKeyRegistry();
    private final String key = keys.generate(Principal.analyst("alice"));
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private Javalin app;

    @BeforeEach
    void start() {
        app = Javalin.create(cfg -> cfg.router.mount(routes -> {
            routes.beforeMatched(new AccessControl(keys, metrics));
            routes.exception(AccessDeniedException.class, (e, ctx) -> ctx.status(e.status()).result(e.getMessage()));
            routes.get("/api/v1/forgotten-roles", ctx -> ctx.result("ad data"));
            routes.get("/public", ctx -> ctx.result("hello"));
        })).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Authorization", "Bearer " + key).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void apiRouteWithoutRolesIsRefused() throws Exception {
        HttpResponse<String> response = get("/api/v1/forgotten-roles");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("ad data");
        assertThat(metrics.counter("redflag.api.access.denied", "reason", "unguarded_route").count()).isEqualTo(1);
    }

    @Test
    void routeOutsideTheApiWithoutRolesIsPublic() throws Exception {
        assertThat(get("/public").body()).isEqualTo("hello");
    }
}
