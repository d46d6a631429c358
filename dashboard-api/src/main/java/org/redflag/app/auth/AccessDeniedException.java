package org.redflag.app.auth;

import java.util.Map;

/**
 * A request without a valid key (status 401) or with a key of the wrong role (403). The message says what to send;
 * it never contains the presented key.
 */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, Object> details;

    AccessDeniedException(int status, String message, Map<String, ?> details) {
        super(message);
        this.status = status;
        this.details = Map.copyOf(details);
    }

    public int status() {
        return status;
    }

    public Map<String, Object> details() {
        return details;
    }
}
