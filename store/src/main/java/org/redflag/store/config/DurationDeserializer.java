package org.redflag.store.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Duration;

/** Reads {@link Durations} from configuration; a bare number is refused because its unit would be a guess. */
final class DurationDeserializer extends StdScalarDeserializer<Duration> {
    private static final long serialVersionUID = 1L;

    DurationDeserializer() {
        super(Duration.class);
    }

    @Override
    public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.getValueAsString();
        if (parser.currentToken() != JsonToken.VALUE_STRING || text == null) {
            return (Duration) context.handleUnexpectedToken(Duration.class, parser.currentToken(), parser,
                    "expected %s; add a unit", Durations.EXPECTED);
        }
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw context.weirdStringException(text, Duration.class, "expected " + Durations.EXPECTED);
        }
    }
}
