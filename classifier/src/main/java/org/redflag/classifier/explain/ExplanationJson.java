package org.redflag.classifier.explain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redflag.classifier.Classification;
import org.redflag.classifier.Contacts;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;

/**
 * Writes an explanation as one JSON object: {@code id, language, risk, flagged, deception, elements, indicators}
 * (each with {@code id, element, exploitation, weight, evidence: [{field, start, end, text}]}), {@code model},
 * {@code contacts}, {@code summary}, {@code modelVersion}. Thread-safe.
 */
public final class ExplanationJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ObjectNode toJson(Explanation e) {
        Classification c = e.classification();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", c.id());
        o.put("language", c.language());
        o.put("risk", c.risk());
        o.put("flagged", c.flagged());
        o.put("deception", c.deception());
        ObjectNode elements = o.putObject("elements");
        c.elementScores().forEach((k, v) -> elements.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
        ArrayNode indicators = o.putArray("indicators");
        for (IndicatorHit h : c.indicators()) {
            indicators.add(indicator(h));
        }
        ObjectNode model = o.putObject("model");
        model.put("applied", e.modelApplied());
        model.put("deception", c.deception());
        model.put("contribution", e.modelContribution());
        o.set("contacts", contacts(c.contacts()));
        o.put("summary", e.summary());
        o.put("modelVersion", c.modelVersion());
        return o;
    }

    public String toJsonLine(Explanation e) {
        return toJson(e).toString();
    }

    private static ObjectNode indicator(IndicatorHit h) {
        ObjectNode i = JSON.createObjectNode();
        i.put("id", h.id());
        i.put("element", h.element().name().toLowerCase(java.util.Locale.ROOT));
        i.put("exploitation", h.exploitation());
        i.put("weight", h.weight());
        ArrayNode evidence = i.putArray("evidence");
        for (Evidence ev : h.evidence()) {
            ObjectNode span = evidence.addObject();
            span.put("field", ev.field());
            span.put("start", ev.start());
            span.put("end", ev.end());
            span.put("text", ev.text());
        }
        return i;
    }

    private static ObjectNode contacts(Contacts c) {
        ObjectNode o = JSON.createObjectNode();
        c.phones().forEach(o.putArray("phones")::add);
        c.emails().forEach(o.putArray("emails")::add);
        c.messengers().forEach(o.putArray("messengers")::add);
        c.urls().forEach(o.putArray("urls")::add);
        return o;
    }
}
