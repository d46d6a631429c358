package org.redflag.app.api;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/** Validates ids taken from the path before they reach a query. */
final class PathIds {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

    private PathIds() {
    }

    static String id(Context ctx, String name) {
        String value = ctx.pathParam(name);
        if (!ID.matcher(value).matches()) {
            throw ApiException.invalidParameter(name, value.length() > 40 ? value.substring(0, 40) + "..." : value,
                    "an id of letters, digits, '_', '.', ':' or '-', at most 128 characters");
        }
        return value;
    }
}
