package org.redflag.app.auth;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an API key may do. Every {@code /api/v1} route names the roles allowed to call it. */
public enum Role implements RouteRole {
    /** Works the queue of flagged ads: reads evidence and contacts, triages. */
    ANALYST,
    /** Runs the crawler: sources, schedules, crawl history. */
    OPERATOR,
    /** A job board or classifieds site: sees flag reports about its own ads only, and answers them. */
    PLATFORM;

    /** The role as written in key files and JSON: lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role written {@code analyst}, {@code operator} or {@code platform} (any case). */
    public static Optional<Role> find(String id) {
        return Arrays.stream(values()).filter(role -> role.name().equalsIgnoreCase(id.trim())).findFirst();
    }
}
