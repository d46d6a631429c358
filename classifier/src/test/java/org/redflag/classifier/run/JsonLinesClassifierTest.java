package org.redflag.classifier.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.RedflagClassifier;

class JsonLinesClassifierTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RedflagClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = RedflagClassifier.load(Path.of(System.getProperty("redflag.repo.root", ".."), "config"));
    }

    private static List<JsonNode> run(String input, List<long[]> progress) throws Exception {
        StringWriter out = new StringWriter();
        new JsonLinesClassifier(classifier, (lines, errors, done) -> progress.add(new long[] {lines, errors, done ? 1 : 0}))
                .run(new BufferedReader(new StringReader(input)), out, 2);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            lines.add(JSON.readTree(l));
        }
        return lines;
    }

    @Test
    void writesOneLinePerAdInInputOrderAndAnErrorForMalformedLines() throws Exception {
        String input = """
                {"id":"a","title":"Typing job in Cambodia","text":"Free flights, no experience, deposit required"}
                {"id":"b", broken
                {"title":"no id"}

                {"id":7,"title":"Nurse","text":"Registered nurse for our ward","company":"City Hospital"}
                """;
        List<long[]> progress = new ArrayList<>();
        List<JsonNode> out = run(input, progress);
        assertThat(out).hasSize(4);
        assertThat(out.get(0).get("id").asText()).isEqualTo("a");
        assertThat(out.get(0).has("risk") && out.get(0).has("deception") && out.get(0).has("contacts")).isTrue();
        assertThat(out.get(0).get("indicators").get(0).get("evidence").get(0).has("field")).isTrue();
        assertThat(out.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(out.get(1).get("error").asText()).contains("not valid JSON");
        assertThat(out.get(2).get("line").asInt()).isEqualTo(3);
        assertThat(out.get(2).get("error").asText()).contains("'id'");
        assertThat(out.get(3).get("id").asText()).isEqualTo("7");
        assertThat(out.get(3).get("flagged").asBoolean()).isFalse();
        assertThat(progress.get(progress.size() - 1)).containsExactly(4, 2, 1);
    }
}
