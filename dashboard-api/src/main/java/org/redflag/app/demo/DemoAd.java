package org.redflag.app.demo;

import java.util.Objects;

/**
 * One sample ad as written for the demo. Optional text fields are empty strings, never null.
 *
 * @param slug     the ad's URL name on its site, unique per site
 * @param title    the ad's title
 * @param company  the advertiser as stated
 * @param location where the job is said to be
 * @param salary   the pay as stated
 * @param posted   the posting date, ISO-8601 ({@code 2026-11-02})
 * @param body     the ad text; paragraphs separated by blank lines
 * @param contact  how to apply, as the ad states it
 * @param kind     ground truth for measuring the demo: {@code ordinary} or {@code redflag}; never shown or used to flag
 * @param pattern  what the ad was written to show (e.g. {@code scam-compound}); ground truth too
 */
public record DemoAd(
        String slug,
        String title,
        String company,
        String location,
        String salary,
        String posted,
        String body,
        String contact,
        String kind,
        String pattern) {

    public static final String ORDINARY = "ordinary";
    public static final String REDFLAG = "redflag";

    public DemoAd {
        Objects.requireNonNull(slug, "DemoAd.slug");
        Objects.requireNonNull(title, "DemoAd.title");
        Objects.requireNonNull(kind, "DemoAd.kind");
        company = Objects.requireNonNullElse(company, "");
        location = Objects.requireNonNullElse(location, "");
        salary = Objects.requireNonNullElse(salary, "");
        posted = Objects.requireNonNullElse(posted, "");
        body = Objects.requireNonNullElse(body, "");
        contact = Objects.requireNonNullElse(contact, "");
        pattern = Objects.requireNonNullElse(pattern, "");
    }

    /** Whether the content's author wrote this ad to show trafficking-recruitment red flags. */
    public boolean redflag() {
        return REDFLAG.equals(kind);
    }
}
