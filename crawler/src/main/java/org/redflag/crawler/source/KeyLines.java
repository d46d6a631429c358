package org.redflag.crawler.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The line of every key path in a YAML text ({@code limits.max_pages}, {@code seeds[0]}), for error messages. */
final class KeyLines {
    private static final YAMLFactory YAML = new YAMLFactory();
    private final Map<String, Integer> lines;

    private KeyLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static final KeyLines NONE = new KeyLines(Map.of());

    /** Reads the lines; a text that does not parse gives no lines (the parse error is reported elsewhere). */
    static KeyLines of(String yaml) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = YAML.createParser(yaml)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                boolean arrayItem = p.getParsingContext().inArray() && t != JsonToken.END_ARRAY
                        && t != JsonToken.END_OBJECT;
                if (t == JsonToken.FIELD_NAME || arrayItem) {
                    lines.putIfAbsent(keyPath(p.getParsingContext().pathAsPointer().toString()),
                            p.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            return new KeyLines(lines);
        }
        return new KeyLines(lines);
    }

    Optional<Integer> lineOf(String keyPath) {
        return Optional.ofNullable(lines.get(keyPath));
    }

    /** {@code /urls/ad_patterns/0} to {@code urls.ad_patterns[0]}. */
    private static String keyPath(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                out.append('[').append(segment).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return out.toString();
    }
}
