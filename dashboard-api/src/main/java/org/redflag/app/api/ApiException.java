package org.redflag.app.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP error with a message saying what was wrong and what to do, and details as data. Rendered as
 * {@code {"error": message, "details": details}} with the status code.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, Object> details;

    public ApiException(int status, String message, Map<String, ?> details) {
        super(message);
        this.status = status;
        this.details = Map.copyOf(details);
    }

    public static ApiException badRequest(String message, Map<String, ?> details) {
        return new ApiException(400, message, details);
    }

    public static ApiException invalidParameter(String name, String value, String expected) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("parameter", name);
        details.put("value", value);
        details.put("expected", expected);
        return badRequest("Invalid parameter '" + name + "': " + expected, details);
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(404, "No " + what + " with id '" + id + "'", Map.of(what.replace(' ', '_') + "_id", id));
    }

    public int status() {
        return status;
    }

    public Map<String, Object> details() {
        return details;
    }
}
