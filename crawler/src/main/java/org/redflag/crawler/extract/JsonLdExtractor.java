package org.redflag.crawler.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** schema.org {@code JobPosting} in JSON-LD ({@code <script type="application/ld+json">}), including {@code @graph}. */
final class JsonLdExtractor {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private JsonLdExtractor() {
    }

    static Optional<PartialFields> extract(Document doc) {
        for (Element script : Css.select(doc, "script[type=application/ld+json]")) {
            Optional<JsonNode> posting = parse(script.data()).flatMap(JsonLdExtractor::findPosting);
            if (posting.isPresent()) {
                return Optional.of(fields(posting.get(), doc.location()));
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> parse(String json) {
        try {
            return Optional.ofNullable(JSON.readTree(json.strip()));
        } catch (JsonProcessingException e) {
            return Optional.empty(); // broken JSON-LD: the other techniques take over
        }
    }

    private static Optional<JsonNode> findPosting(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<JsonNode> found = findPosting(item);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (isPosting(node.get("@type"))) {
            return Optional.of(node);
        }
        JsonNode graph = node.get("@graph");
        return graph == null ? Optional.empty() : findPosting(graph);
    }

    private static boolean isPosting(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isPosting(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText();
        return t.equals("JobPosting") || t.endsWith("/JobPosting");
    }

    private static PartialFields fields(JsonNode p, String baseUrl) {
        String title = text(p.get("title"));
        if (title.isEmpty()) {
            title = text(p.get("name"));
        }
        String description = text(p.get("description"));
        String body = description.isEmpty() ? "" : TextRenderer.render(Jsoup.parseBodyFragment(description).body());
        return new PartialFields(unescape(title), body, name(p.get("hiringOrganization")), location(p.get("jobLocation")),
                salary(p.get("baseSalary")), contact(p), text(p.get("datePosted")), images(p.get("image"), baseUrl));
    }

    private static String unescape(String s) {
        return s.indexOf('&') < 0 ? s : Jsoup.parseBodyFragment(s).text();
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        if (n.isArray()) {
            return n.isEmpty() ? "" : text(n.get(0));
        }
        if (n.isObject()) {
            return text(n.has("name") ? n.get("name") : n.get("@value"));
        }
        return n.asText();
    }

    private static String name(JsonNode org) {
        return org == null ? "" : text(org);
    }

    private static String location(JsonNode loc) {
        if (loc == null || loc.isNull()) {
            return "";
        }
        if (loc.isArray()) {
            List<String> parts = new ArrayList<>();
            loc.forEach(l -> parts.add(location(l)));
            return String.join("; ", parts.stream().filter(s -> !s.isEmpty()).toList());
        }
        JsonNode address = loc.isObject() && loc.has("address") ? loc.get("address") : loc;
        if (!address.isObject()) {
            return address.asText();
        }
        List<String> parts = new ArrayList<>();
        for (String key : List.of("streetAddress", "addressLocality", "addressRegion", "addressCountry")) {
            String v = text(address.get(key));
            if (!v.isEmpty()) {
                parts.add(v);
            }
        }
        return parts.isEmpty() ? text(loc) : String.join(", ", parts);
    }

    private static String salary(JsonNode s) {
        if (s == null || s.isNull()) {
            return "";
        }
        if (!s.isObject()) {
            return s.asText();
        }
        String currency = text(s.get("currency"));
        JsonNode value = s.get("value");
        String amount;
        String unit = "";
        if (value != null && value.isObject()) {
            String min = text(value.get("minValue"));
            String max = text(value.get("maxValue"));
            String single = text(value.get("value"));
            amount = !min.isEmpty() && !max.isEmpty() ? min + "-" + max : !single.isEmpty() ? single : min + max;
            unit = text(value.get("unitText"));
        } else {
            amount = text(value);
        }
        return String.join(" ", List.of(currency, amount, unit).stream().filter(x -> !x.isEmpty()).toList());
    }

    private static String contact(JsonNode p) {
        List<String> parts = new ArrayList<>();
        for (JsonNode holder : List.of(p, p.path("applicationContact"), p.path("hiringOrganization"))) {
            for (String key : List.of("telephone", "email")) {
                String v = holder.isObject() ? text(holder.get(key)) : "";
                if (!v.isEmpty() && !parts.contains(v)) {
                    parts.add(v);
                }
            }
        }
        return String.join(" ", parts);
    }

    private static List<String> images(JsonNode img, String baseUrl) {
        List<String> out = new ArrayList<>();
        if (img == null || img.isNull()) {
            return out;
        }
        if (img.isArray()) {
            img.forEach(i -> out.addAll(images(i, baseUrl)));
            return out;
        }
        String url = img.isObject() ? text(img.has("url") ? img.get("url") : img.get("contentUrl")) : img.asText();
        org.redflag.crawler.url.UrlNormalizer.resolve(baseUrl, url).ifPresent(out::add);
        return out;
    }
}
