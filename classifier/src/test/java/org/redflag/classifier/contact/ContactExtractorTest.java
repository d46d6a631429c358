package org.redflag.classifier.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.Contacts;
import org.redflag.classifier.normalize.TextNormalizer;

class ContactExtractorTest {
    private static final ContactExtractor EXTRACTOR = new ContactExtractor(List.of("US", "CN", "KH"));
    private static final TextNormalizer NORMALIZER = TextNormalizer.standard();

    private static Contacts extract(String text) {
        return EXTRACTOR.extract(List.of(NORMALIZER.normalize(text).forContacts().text()));
    }

    @Test
    void normalisesPhoneNumbersToE164() {
        assertThat(extract("Call +855 12 345 678 or (202) 555-0147").phones()).containsExactly("+85512345678", "+12025550147");
    }

    @Test
    void readsPhoneNumbersWrittenInFullWidthOrChineseNumerals() {
        assertThat(extract("电话：一三八一二三四五六七八").phones()).containsExactly("+8613812345678");
        assertThat(extract("Tel ＋８５５ １２ ３４５ ６７８").phones()).containsExactly("+85512345678");
    }

    @Test
    void findsEmailsAndUrls() {
        Contacts c = extract("Send CV to HR.Team@Example.com or see https://jobs.example.com/apply.");
        assertThat(c.emails()).containsExactly("hr.team@example.com");
        assertThat(c.urls()).containsExactly("https://jobs.example.com/apply");
    }

    @Test
    void findsMessengerHandles() {
        Contacts c = extract("Telegram: @kh_jobs88, WhatsApp +855 12 345 678, WeChat ID: job_8899, QQ 123456789, Line ID: thaijob");
        assertThat(c.messengers()).contains("telegram:@kh_jobs88", "whatsapp:+85512345678", "wechat:job_8899", "qq:123456789",
                "line:thaijob");
        assertThat(extract("加飞机 @xg_hr2024 详聊").messengers()).containsExactly("telegram:@xg_hr2024");
        assertThat(extract("t.me/easyjobkh").messengers()).containsExactly("telegram:@easyjobkh");
    }

    @Test
    void findsHandlesAfterAppNamesSpelledWithSpacedOrDottedLetters() {
        assertThat(extract("W h a t s A p p: +855 12 345 678").messengers()).containsExactly("whatsapp:+85512345678");
        assertThat(extract("T e l e g r a m @kh_jobs").messengers()).containsExactly("telegram:@kh_jobs");
        assertThat(extract("Typing only, free flights. t.e.l.e.g.r.a.m @easyjobkh").messengers())
                .containsExactly("telegram:@easyjobkh");
        assertThat(extract("W-e-C-h-a-t: job_8899 or V i b e r +855 98 765 432").messengers())
                .containsExactly("wechat:job_8899", "viber:+85598765432");
    }

    @Test
    void leavesSpacedLettersThatSpellNoAppNameAsWritten() {
        assertThat(extract("Telegram: @a_b_c_d_e").messengers()).containsExactly("telegram:@a_b_c_d_e");
        assertThat(extract("Grades a b c d e f accepted, tel e g r a m").messengers()).isEmpty();
    }

    @Test
    void readsAppNamesInAnyAsciiCase() {
        assertThat(extract("TELEGRAM @kh_jobs88, wHaTsApp +855 12 345 678").messengers())
                .containsExactlyInAnyOrder("telegram:@kh_jobs88", "whatsapp:+85512345678");
    }

    @Test
    void ignoresWordsThatFollowAnAppName() {
        assertThat(extract("Contact on telegram only").messengers()).isEmpty();
        assertThat(extract("Line manager wanted for our online team").messengers()).isEmpty();
    }

    @Test
    void rejectsAnUnknownRegion() {
        assertThatThrownBy(() -> new ContactExtractor(List.of("XX"))).hasMessageContaining("contacts.regions")
                .hasMessageContaining("'XX'");
    }
}
