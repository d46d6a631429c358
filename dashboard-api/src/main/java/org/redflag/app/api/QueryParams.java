package org.redflag.app.api;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Typed, validated query parameters of one request. Unknown or repeated parameters are refused, so a misspelt
 * filter is an error instead of an unfiltered answer.
 */
final class QueryParams {
    private static final int MAX_TEXT = 200;
    private final Map<String, List<String>> params;

    private QueryParams(Map<String, List<String>> params) {
        this.params = params;
    }

    /** The request's parameters, checked against the names this endpoint accepts. */
    static QueryParams of(Context ctx, Set<String> allowed) {
        Map<String, List<String>> params = ctx.queryParamMap();
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            if (!allowed.contains(param.getKey())) {
                throw ApiException.invalidParameter(param.getKey(), String.join(",", param.getValue()),
                        "not a parameter of this endpoint; it accepts " + new TreeSet<>(allowed));
            }
            if (param.getValue().size() > 1) {
                throw ApiException.invalidParameter(param.getKey(), String.join(",", param.getValue()),
                        "give it once (use a comma-separated list where several values are allowed)");
            }
        }
        return new QueryParams(params);
    }

    private Optional<String> raw(String name) {
        return Optional.ofNullable(params.get(name)).map(values -> values.get(0).trim()).filter(v -> !v.isEmpty());
    }

    String text(String name) {
        String value = raw(name).orElse("");
        if (value.length() > MAX_TEXT) {
            throw ApiException.invalidParameter(name, value.substring(0, 20) + "...",
                    "at most " + MAX_TEXT + " characters");
        }
        return value;
    }

    int integer(String name, int defaultValue, int min, int max) {
        String value = raw(name).orElse(null);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameter(name, value, "an integer from " + min + " to " + max);
    }

    double decimal(String name, double defaultValue, double min, double max) {
        String value = raw(name).orElse(null);
        if (value == null) {
            return defaultValue;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameter(name, value, "a number from " + min + " to " + max);
    }

    boolean bool(String name, boolean defaultValue) {
        String value = raw(name).orElse(null);
        if (value == null) {
            return defaultValue;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidParameter(name, value, "true or false");
        };
    }

    <E extends Enum<E>> E oneOf(String name, E defaultValue, Function<String, Optional<E>> parse, String allowed) {
        String value = raw(name).orElse(null);
        if (value == null) {
            return defaultValue;
        }
        return parse.apply(value).orElseThrow(() -> ApiException.invalidParameter(name, value, "one of " + allowed));
    }

    <E extends Enum<E>> Set<E> setOf(String name, Class<E> type, Function<String, Optional<E>> parse, String allowed) {
        String value = raw(name).orElse(null);
        if (value == null) {
            return EnumSet.noneOf(type);
        }
        Set<E> result = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            result.add(parse.apply(part).orElseThrow(() -> ApiException.invalidParameter(name, value,
                    "a comma-separated list of " + allowed)));
        }
        return result;
    }
}
