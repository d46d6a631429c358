package org.redflag.app.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one before-handler that guards the API. A route that names roles needs a known key held by one of them:
 * no key or an unknown key is 401, a key of another role is 403. A route under {@code /api/v1/} that names no role
 * is refused too (fail closed), so forgetting the roles of a new route cannot make it public.
 *
 * <p>The key is read from {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}. It is hashed at once and
 * never logged; refusals are logged with the reason and the client address only.
 */
public final class AccessControl implements Handler {
    /** Where the authenticated {@link Principal} is kept on the request. */
    private static final String PRINCIPAL = "redflag.principal";
    private static final String GUARDED_PREFIX = "/api/v1/";
    private static final Logger LOG = LoggerFactory.getLogger(AccessControl.class);

    private final ApiKeyRegistry keys;
    private final MeterRegistry metrics;

    public AccessControl(ApiKeyRegistry keys, MeterRegistry metrics) {
        this.keys = keys;
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) {
            if (ctx.path().startsWith(GUARDED_PREFIX)) {
                throw refuse(ctx, 403, "unguarded_route", "This endpoint declares no role and is closed", Map.of());
            }
            return;
        }
        Principal caller = authenticate(ctx);
        if (!roles.contains(caller.role())) {
            List<String> allowed = roles.stream().map(r -> r.toString().toLowerCase(Locale.ROOT)).sorted().toList();
            throw refuse(ctx, 403, "wrong_role", "This endpoint is for " + String.join(" or ", allowed)
                    + " keys; your key has role " + caller.role().id(),
                    Map.of("required_roles", allowed, "your_role", caller.role().id()));
        }
        ctx.attribute(PRINCIPAL, caller);
    }

    private Principal authenticate(Context ctx) {
        String key = presentedKey(ctx).orElseThrow(() -> refuse(ctx, 401, "missing_key",
                "No API key: send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'",
                Map.of("headers", List.of("Authorization", "X-API-Key"))));
        return keys.findHolder(key).orElseThrow(() -> refuse(ctx, 401, "unknown_key",
                "The API key is not valid: check it was copied whole, or ask for a new one", Map.of()));
    }

    private static Optional<String> presentedKey(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).trim()).filter(k -> !k.isEmpty());
        }
        return Optional.ofNullable(ctx.header("X-API-Key")).map(String::trim).filter(k -> !k.isEmpty());
    }

    private AccessDeniedException refuse(Context ctx, int status, String reason, String message,
                                         Map<String, ?> details) {
        metrics.counter("redflag.api.access.denied", "reason", reason).increment();
        LOG.info("Refused {} {} from {}: {}", ctx.method(), ctx.path(), ctx.ip(), reason);
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"redflag\"");
        }
        return new AccessDeniedException(status, message, details);
    }

    /** The authenticated caller of a guarded route. */
    public static Principal caller(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("No authenticated caller on " + ctx.path() + ": route declares no role");
        }
        return principal;
    }
}
