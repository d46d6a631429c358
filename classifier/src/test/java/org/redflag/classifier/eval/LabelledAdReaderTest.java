package org.redflag.classifier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledAdReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEmscadCsvWithQuotedMultiLineFieldsIntoAdFields() throws Exception {
        Path csv = dir.resolve("ads.csv");
        Files.writeString(csv, "id,title,company_profile,description,requirements,salary_range,has_company_logo,fraudulent\n"
                + "a1,Clerk,\"Acme, Inc.\",\"Line one\nline \"\"two\"\"\",Typing,100-200,1,0\n"
                + "a2,Agent,,Work from home,,,0,1\n");
        List<LabelledAd> ads = LabelledAdReader.read(csv);
        assertThat(ads).hasSize(2);
        assertThat(ads.get(0).ad().text()).isEqualTo("Line one\nline \"two\"\nTyping");
        assertThat(ads.get(0).ad().company()).isEqualTo("Acme, Inc.");
        assertThat(ads.get(0).ad().salary()).isEqualTo("100-200");
        assertThat(ads.get(0).attributes()).containsEntry("has_company_logo", "1");
        assertThat(ads.get(0).positive()).isFalse();
        assertThat(ads.get(1).positive()).isTrue();
    }

    @Test
    void namesTheLineOfABadLabel() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "id,title,fraudulent\nx,Clerk,maybe\n");
        assertThatThrownBy(() -> LabelledAdReader.read(csv)).hasMessageContaining("line 2").hasMessageContaining("'maybe'");
    }

    @Test
    void requiresTheFraudulentColumn() throws Exception {
        Path csv = dir.resolve("nolabel.csv");
        Files.writeString(csv, "id,title\nx,Clerk\n");
        assertThatThrownBy(() -> LabelledAdReader.read(csv)).hasMessageContaining("'fraudulent'");
    }

    @Test
    void readsJsonLinesWithBooleanOrNumericLabels() throws Exception {
        Path jsonl = dir.resolve("ads.jsonl");
        Files.writeString(jsonl, "{\"id\":\"1\",\"title\":\"t\",\"text\":\"x\",\"label\":true}\n\n{\"id\":\"2\",\"text\":\"y\",\"label\":0}\n");
        List<LabelledAd> ads = LabelledAdReader.read(jsonl);
        assertThat(ads).extracting(LabelledAd::positive).containsExactly(true, false);
    }

    @Test
    void groupsNearDuplicatesTogether() {
        List<LabelledAd> ads = GroupAssigner.assign(List.of(
                new LabelledAd(org.redflag.classifier.AdText.of("1", "Data Entry", "Work from home and earn money today, no experience needed at all, apply now"), true, ""),
                new LabelledAd(org.redflag.classifier.AdText.of("2", "Data Entry Clerk", "Work from home and earn money today, no experience needed at all, apply now!"), true, ""),
                new LabelledAd(org.redflag.classifier.AdText.of("3", "Nurse", "Registered nurse for the intensive care unit of a large hospital in the city"), false, "")));
        assertThat(ads.get(0).group()).isEqualTo(ads.get(1).group()).isNotEqualTo(ads.get(2).group());
    }
}
