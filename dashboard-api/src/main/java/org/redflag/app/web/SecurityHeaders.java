package org.redflag.app.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Sets the browser security headers on every response: a strict Content-Security-Policy (scripts and styles only
 * from this server; the Swagger UI page may use inline styles), no framing, no sniffing, no referrer, and no caching
 * of API answers (they carry ad data).
 */
final class SecurityHeaders implements Handler {
    static final String STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String DOCS_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    @Override
    public void handle(Context ctx) {
        String path = ctx.path();
        ctx.header("Content-Security-Policy", path.startsWith("/api/docs") ? DOCS_CSP : STRICT_CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (path.startsWith("/api/") || path.startsWith("/health/") || path.equals("/metrics")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
