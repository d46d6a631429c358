package org.redflag.classifier.explain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.redflag.classifier.Classification;
import org.redflag.classifier.Contacts;
import org.redflag.classifier.Element;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;

/**
 * Writes an explanation as one JSON object on one line: {@code id, language, risk, flagged, deception, elements,
 * indicators} (each with {@code id, element, exploitation, weight, evidence: [{field, start, end, text}]}),
 * {@code model}, {@code contacts}, {@code summary}, {@code modelVersion}. Streams with Jackson's generator rather
 * than building a tree: it runs once per classified ad. Thread-safe.
 */
public final class ExplanationJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The explanation as one line of JSON, without a line break. */
    public String toJsonLine(Explanation e) {
        SegmentedStringWriter out = new SegmentedStringWriter(new BufferRecycler());
        try {
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                write(e, g);
            }
            return out.getAndClear();
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the explanation of ad " + e.classification().id(), ex);
        }
    }

    private static void write(Explanation e, JsonGenerator g) throws IOException {
        Classification c = e.classification();
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("language", c.language());
        g.writeNumberField("risk", c.risk());
        g.writeBooleanField("flagged", c.flagged());
        g.writeNumberField("deception", c.deception());
        g.writeObjectFieldStart("elements");
        for (Element element : Element.values()) {
            Double score = c.elementScores().get(element);
            if (score != null) {
                g.writeNumberField(name(element), score);
            }
        }
        g.writeEndObject();
        g.writeArrayFieldStart("indicators");
        for (IndicatorHit h : c.indicators()) {
            writeIndicator(h, g);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("model");
        g.writeBooleanField("applied", e.modelApplied());
        g.writeNumberField("deception", c.deception());
        g.writeNumberField("contribution", e.modelContribution());
        g.writeEndObject();
        writeContacts(c.contacts(), g);
        g.writeStringField("summary", e.summary());
        g.writeStringField("modelVersion", c.modelVersion());
        g.writeEndObject();
    }

    private static void writeIndicator(IndicatorHit h, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", h.id());
        g.writeStringField("element", name(h.element()));
        g.writeStringField("exploitation", h.exploitation());
        g.writeNumberField("weight", h.weight());
        g.writeArrayFieldStart("evidence");
        for (Evidence ev : h.evidence()) {
            g.writeStartObject();
            g.writeStringField("field", ev.field());
            g.writeNumberField("start", ev.start());
            g.writeNumberField("end", ev.end());
            g.writeStringField("text", ev.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeContacts(Contacts c, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("contacts");
        writeStrings("phones", c.phones(), g);
        writeStrings("emails", c.emails(), g);
        writeStrings("messengers", c.messengers(), g);
        writeStrings("urls", c.urls(), g);
        g.writeEndObject();
    }

    private static void writeStrings(String name, List<String> values, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static String name(Element element) {
        return element.name().toLowerCase(Locale.ROOT);
    }
}
