package org.redflag.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads JSON request bodies: bounded in size, parsed into a request record, with errors naming the field. */
public final class JsonBodies {
    private final ObjectMapper mapper;
    private final long maxBytes;

    public JsonBodies(ObjectMapper mapper, long maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    /** The body as a {@code type}; {@code example} is shown in errors so the caller sees what to send. */
    public <T> T read(Context ctx, Class<T> type, String example) {
        byte[] body = boundedBody(ctx);
        if (body.length == 0) {
            throw ApiException.badRequest("The request body is empty: send a JSON object like " + example,
                    Map.of("expected", example));
        }
        try {
            return mapper.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("field", e.getPropertyName());
            details.put("allowed", e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
            throw ApiException.badRequest("Unknown field '" + e.getPropertyName() + "' in the request body; allowed: "
                    + details.get("allowed"), details);
        } catch (MismatchedInputException e) {
            String field = fieldPath(e);
            throw ApiException.badRequest("Field '" + field + "' has the wrong type: send it like " + example,
                    Map.of("field", field, "expected", example));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("The request body is not valid JSON (line "
                            + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                            + "): send a JSON object like " + example,
                    Map.of("line", e.getLocation().getLineNr(), "column", e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] boundedBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge(body.length);
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest("The request body could not be read: " + e.getMessage(), Map.of());
        }
    }

    private ApiException tooLarge(long size) {
        return new ApiException(413, "The request body is larger than " + maxBytes
                + " bytes (server.max_request_bytes): send less", Map.of("max_bytes", maxBytes, "size", size));
    }

    private static String fieldPath(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "(body)" : path;
    }
}
