package org.redflag.app.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Escaping for the sample sites: every piece of ad text goes through here before it reaches a page. */
final class Html {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Html() {
    }

    /** Text safe in element content and in double-quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The text as paragraphs: blank lines separate paragraphs, single line breaks become {@code <br>}. */
    static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            List<String> lines = paragraph.strip().lines().map(Html::escape).toList();
            out.append("<p>").append(String.join("<br>\n", lines)).append("</p>\n");
        }
        return out.toString();
    }

    /** A value as JSON that is safe inside a {@code <script>} element. */
    static String scriptJson(Object value) {
        try {
            return JSON.writeValueAsString(value)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON-LD", e);
        }
    }
}
