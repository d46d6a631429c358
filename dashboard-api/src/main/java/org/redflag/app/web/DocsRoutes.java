package org.redflag.app.web;

import io.javalin.router.JavalinDefaultRouting;

/**
 * The API description: the hand-written {@code openapi.yaml} at {@code /api/openapi.yaml} and Swagger UI at
 * {@code /api/docs}, served from the swagger-ui webjar (no CDN) with the online validator switched off.
 */
final class DocsRoutes {
    private final String openApi;
    private final String docsPage;

    DocsRoutes() {
        this.openApi = Resources.text("/openapi/openapi.yaml");
        this.docsPage = Resources.text("/openapi/docs.html")
                .replace("{{swaggerUi}}", "/webjars/swagger-ui/" + Webjars.version("org.webjars", "swagger-ui"));
    }

    void addTo(JavalinDefaultRouting routes) {
        routes.get("/api/openapi.yaml", ctx -> ctx.contentType("application/yaml; charset=utf-8").result(openApi));
        routes.get("/api/docs", ctx -> ctx.html(docsPage));
    }
}
