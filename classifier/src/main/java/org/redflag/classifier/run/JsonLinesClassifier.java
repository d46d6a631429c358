package org.redflag.classifier.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.redflag.classifier.AdText;
import org.redflag.classifier.RedflagClassifier;
import org.redflag.classifier.explain.Explanation;
import org.redflag.classifier.explain.ExplanationJson;
import org.redflag.classifier.model.DeceptionFeatures;

/**
 * Classifies JSON lines: each input line {@code {"id","title","text","company"?,"location"?,"salary"?,"url"?}}
 * yields one output line, in input order. A line that is not a JSON object with an {@code id} yields
 * {@code {"line":N,"error":"..."}} and processing continues. Blank lines are skipped. One instance per stream.
 */
public final class JsonLinesClassifier {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RedflagClassifier classifier;
    private final ExplanationJson json = new ExplanationJson();
    private final ProgressListener progress;

    /** Told how many lines were processed, every {@code every} lines and at the end. */
    @FunctionalInterface
    public interface ProgressListener {
        void onProgress(long lines, long errors, boolean done);
    }

    public JsonLinesClassifier(RedflagClassifier classifier, ProgressListener progress) {
        this.classifier = classifier;
        this.progress = progress;
    }

    /** Reads all lines, writes one result line each; returns the counts. */
    public RunSummary run(BufferedReader in, Writer out, int progressEvery) throws IOException {
        long lineNumber = 0;
        long ads = 0;
        long errors = 0;
        long flagged = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String result;
            try {
                JsonNode node = JSON.readTree(line);
                Explanation explanation = classifier.explain(parse(node), attributes(node));
                flagged += explanation.classification().flagged() ? 1 : 0;
                result = json.toJsonLine(explanation);
                ads++;
            } catch (MalformedLineException | JsonProcessingException e) {
                result = error(lineNumber, e instanceof JsonProcessingException j ? "not valid JSON: " + j.getOriginalMessage() : e.getMessage());
                errors++;
            }
            out.write(result);
            out.write('\n');
            if (progressEvery > 0 && (ads + errors) % progressEvery == 0) {
                progress.onProgress(ads + errors, errors, false);
            }
        }
        out.flush();
        progress.onProgress(ads + errors, errors, true);
        return new RunSummary(ads, errors, flagged);
    }

    static AdText parse(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new MalformedLineException("expected a JSON object such as {\"id\":\"1\",\"title\":\"...\",\"text\":\"...\"}");
        }
        JsonNode id = node.get("id");
        if (id == null || id.isNull() || !id.isValueNode() || id.asText().isBlank()) {
            throw new MalformedLineException("missing 'id': every ad needs an id (string or number)");
        }
        for (String f : new String[] {"title", "text", "company", "location", "salary", "url"}) {
            JsonNode v = node.get(f);
            if (v != null && !v.isNull() && !v.isValueNode()) {
                throw new MalformedLineException("field '" + f + "' must be a string");
            }
        }
        return new AdText(id.asText(), text(node, "title"), text(node, "text"), text(node, "company"),
                text(node, "location"), text(node, "salary"), text(node, "url"));
    }

    private static Map<String, String> attributes(JsonNode node) {
        Map<String, String> out = new HashMap<>();
        for (String name : DeceptionFeatures.ATTRIBUTES) {
            if (node.hasNonNull(name) && node.get(name).isValueNode()) {
                out.put(name, node.get(name).asText());
            }
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static String error(long line, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("line", line);
        o.put("error", message);
        return o.toString();
    }

    /** A line that is valid JSON but not a valid ad. */
    static final class MalformedLineException extends RuntimeException {
        MalformedLineException(String message) {
            super(message);
        }
    }
}
