package org.redflag.classifier.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.AdText;
import org.redflag.classifier.Classification;
import org.redflag.classifier.IndicatorHit;
import org.redflag.classifier.RedflagClassifier;

class ExplanationJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RedflagClassifier classifier;

    private static final AdText AD = new AdText("ad \"1\"", "Customer service staff - Cambodia",
            "URGENT!! Typing job in Sihanoukville.\nSalary $1500-3000 per month. No experience needed, free flight "
                    + "tickets and free accommodation. 微信 kh_jobs88, Telegram @kh_jobs88, call +855 12 345 678",
            "", "", "", "");

    @BeforeAll
    static void load() {
        classifier = RedflagClassifier.load(Path.of(System.getProperty("redflag.repo.root", ".."), "config"));
    }

    @Test
    void writesOneLineOfJsonHoldingTheWholeClassification() throws Exception {
        Explanation e = classifier.explain(AD);
        Classification c = e.classification();
        String line = new ExplanationJson().toJsonLine(e);

        assertThat(line).doesNotContain("\n");
        JsonNode o = JSON.readTree(line);
        assertThat(o.get("id").asText()).isEqualTo("ad \"1\"");
        assertThat(o.get("language").asText()).isEqualTo(c.language());
        assertThat(o.get("risk").asDouble()).isEqualTo(c.risk());
        assertThat(o.get("flagged").asBoolean()).isTrue();
        assertThat(o.get("deception").asDouble()).isEqualTo(c.deception());
        assertThat(o.get("elements").size()).isEqualTo(c.elementScores().size());
        c.elementScores().forEach((element, score) ->
                assertThat(o.get("elements").get(element.name().toLowerCase()).asDouble()).isEqualTo(score));
        assertThat(o.get("model").get("contribution").asDouble()).isEqualTo(e.modelContribution());
        assertThat(o.get("summary").asText()).isEqualTo(e.summary());
        assertThat(o.get("modelVersion").asText()).isEqualTo(c.modelVersion());
        assertThat(o.get("contacts").get("phones").get(0).asText()).isEqualTo(c.contacts().phones().get(0));
        assertThat(o.get("contacts").get("messengers")).hasSize(c.contacts().messengers().size());
    }

    @Test
    void everyIndicatorCarriesItsEvidenceWithOffsetsIntoTheInput() throws Exception {
        Explanation e = classifier.explain(AD);
        JsonNode indicators = JSON.readTree(new ExplanationJson().toJsonLine(e)).get("indicators");

        assertThat(indicators).hasSize(e.classification().indicators().size());
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorHit hit = e.classification().indicators().get(i);
            JsonNode json = indicators.get(i);
            assertThat(json.get("id").asText()).isEqualTo(hit.id());
            assertThat(json.get("element").asText()).isEqualTo(hit.element().name().toLowerCase());
            assertThat(json.get("weight").asDouble()).isEqualTo(hit.weight());
            for (JsonNode ev : json.get("evidence")) {
                String field = AD.field(ev.get("field").asText());
                assertThat(field.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
            }
        }
    }
}
