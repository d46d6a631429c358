package org.redflag.store.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.redflag.classifier.Classification;
import org.redflag.classifier.Contacts;
import org.redflag.classifier.Element;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;
import org.redflag.store.AdDocument;
import org.redflag.store.AdFields;

/**
 * An ad as an Elasticsearch document, and back. The field names here are the index contract
 * ({@code config/elasticsearch/ads.json}): snake_case, the extracted fields at the top level, the classification
 * as an object, every contact point also in {@code contact_values} so one term query finds the ads sharing it.
 */
final class AdJson {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AdJson() {
    }

    static ObjectNode toJson(AdDocument ad) {
        ObjectNode doc = NODES.objectNode();
        doc.put("id", ad.id());
        doc.put("source_id", ad.sourceId());
        doc.put("platform", ad.platform());
        doc.put("url", ad.url());
        doc.put("canonical_url", ad.canonicalUrl());
        fields(doc, ad.fields());
        doc.put("content_hash", ad.contentHash());
        doc.put("fingerprint", ad.fingerprint());
        strings(doc.putArray("fingerprint_bands"), FingerprintBands.of(ad.fingerprint()));
        strings(doc.putArray("repost_of"), ad.repostOf());
        doc.put("first_seen", ad.firstSeen().toString());
        doc.put("last_seen", ad.lastSeen().toString());
        if (ad.removed()) {
            doc.put("removed_at", ad.removedAt().toString());
        } else {
            doc.putNull("removed_at");
        }
        doc.put("version", ad.version());
        strings(doc.putArray("contact_values"), contactValues(ad.classification().contacts()));
        doc.set("classification", classification(ad.classification()));
        return doc;
    }

    static AdDocument fromJson(JsonNode doc) {
        String id = text(doc, "id");
        return new AdDocument(id, text(doc, "source_id"), text(doc, "platform"), text(doc, "url"),
                text(doc, "canonical_url"), fields(doc), text(doc, "content_hash"), doc.path("fingerprint").asLong(),
                strings(doc.path("repost_of")), instant(doc, "first_seen"), instant(doc, "last_seen"),
                instantOrNull(doc, "removed_at"), doc.path("version").asInt(1),
                classification(id, doc.path("classification")));
    }

    /** Every contact point of an ad, for the {@code contact_values} keyword field. */
    static List<String> contactValues(Contacts contacts) {
        Set<String> values = new LinkedHashSet<>();
        values.addAll(contacts.phones());
        values.addAll(contacts.emails());
        values.addAll(contacts.messengers());
        values.addAll(contacts.urls());
        return List.copyOf(values);
    }

    private static void fields(ObjectNode doc, AdFields fields) {
        doc.put("title", fields.title());
        doc.put("text", fields.text());
        doc.put("company", fields.company());
        doc.put("location", fields.location());
        doc.put("salary", fields.salary());
        doc.put("contact", fields.contact());
        doc.put("posted_date", fields.postedDate());
        strings(doc.putArray("images"), fields.images());
    }

    private static AdFields fields(JsonNode doc) {
        return new AdFields(text(doc, "title"), text(doc, "text"), text(doc, "company"), text(doc, "location"),
                text(doc, "salary"), text(doc, "contact"), text(doc, "posted_date"), strings(doc.path("images")));
    }

    private static ObjectNode classification(Classification c) {
        ObjectNode node = NODES.objectNode();
        node.put("language", c.language());
        node.put("risk", c.risk());
        node.put("flagged", c.flagged());
        node.put("deception", c.deception());
        ObjectNode scores = node.putObject("element_scores");
        for (Element element : Element.values()) {
            scores.put(name(element), c.elementScores().getOrDefault(element, 0.0));
        }
        ArrayNode indicators = node.putArray("indicators");
        c.indicators().forEach(hit -> indicators.add(indicator(hit)));
        ObjectNode contacts = node.putObject("contacts");
        strings(contacts.putArray("phones"), c.contacts().phones());
        strings(contacts.putArray("emails"), c.contacts().emails());
        strings(contacts.putArray("messengers"), c.contacts().messengers());
        strings(contacts.putArray("urls"), c.contacts().urls());
        node.put("model_version", c.modelVersion());
        return node;
    }

    private static Classification classification(String id, JsonNode node) {
        Map<Element, Double> scores = new EnumMap<>(Element.class);
        for (Element element : Element.values()) {
            scores.put(element, node.path("element_scores").path(name(element)).asDouble());
        }
        List<IndicatorHit> hits = list(node.path("indicators"), AdJson::indicator);
        JsonNode contacts = node.path("contacts");
        Contacts found = new Contacts(strings(contacts.path("phones")), strings(contacts.path("emails")),
                strings(contacts.path("messengers")), strings(contacts.path("urls")));
        return new Classification(id, node.path("language").asText("und"), node.path("risk").asDouble(),
                node.path("flagged").asBoolean(), node.path("deception").asDouble(), scores, hits, found,
                node.path("model_version").asText(""));
    }

    private static ObjectNode indicator(IndicatorHit hit) {
        ObjectNode node = NODES.objectNode();
        node.put("id", hit.id());
        node.put("element", name(hit.element()));
        node.put("exploitation", hit.exploitation());
        node.put("weight", hit.weight());
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence e : hit.evidence()) {
            evidence.addObject().put("field", e.field()).put("start", e.start()).put("end", e.end())
                    .put("text", e.text());
        }
        return node;
    }

    private static IndicatorHit indicator(JsonNode node) {
        List<Evidence> evidence = list(node.path("evidence"), e -> new Evidence(text(e, "field"),
                e.path("start").asInt(), e.path("end").asInt(), text(e, "text")));
        return new IndicatorHit(text(node, "id"), Element.valueOf(text(node, "element").toUpperCase(Locale.ROOT)),
                text(node, "exploitation"), node.path("weight").asDouble(), evidence);
    }

    static String name(Element element) {
        return element.name().toLowerCase(Locale.ROOT);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    static Instant instant(JsonNode node, String field) {
        return Instant.parse(node.path(field).asText());
    }

    static Instant instantOrNull(JsonNode node, String field) {
        String value = text(node, field);
        return value.isEmpty() ? null : Instant.parse(value);
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.asText()));
        return values;
    }

    static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
        List<T> values = new ArrayList<>();
        array.forEach(item -> values.add(read.apply(item)));
        return values;
    }
}
