package org.redflag.app.api;

import java.util.Map;

/** The JSON body of every error response. */
public record ErrorBody(String error, Map<String, Object> details) {

    public ErrorBody {
        details = Map.copyOf(details);
    }

    public static ErrorBody of(ApiException e) {
        return new ErrorBody(e.getMessage(), e.details());
    }
}
