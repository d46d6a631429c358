package org.redflag.classifier;

import java.util.Objects;

/**
 * The text fields of one ad, as the classifier reads them. Missing optional fields are empty strings, never null.
 *
 * @param id       caller's identifier, echoed in the result
 * @param title    the ad's title
 * @param text     the ad's body text
 * @param company  the advertiser as stated in the ad
 * @param location where the job is said to be
 * @param salary   the pay as stated
 * @param url      where the ad was found
 */
public record AdText(String id, String title, String text, String company, String location, String salary, String url) {

    /** The field names used in evidence spans, in the order they are read. */
    public static final java.util.List<String> FIELDS = java.util.List.of("title", "text", "company", "location", "salary");

    public AdText {
        id = Objects.requireNonNullElse(id, "");
        title = Objects.requireNonNullElse(title, "");
        text = Objects.requireNonNullElse(text, "");
        company = Objects.requireNonNullElse(company, "");
        location = Objects.requireNonNullElse(location, "");
        salary = Objects.requireNonNullElse(salary, "");
        url = Objects.requireNonNullElse(url, "");
    }

    public static AdText of(String id, String title, String text) {
        return new AdText(id, title, text, "", "", "", "");
    }

    /** The value of a field named in {@link #FIELDS}. */
    public String field(String name) {
        return switch (name) {
            case "title" -> title;
            case "text" -> text;
            case "company" -> company;
            case "location" -> location;
            case "salary" -> salary;
            default -> throw new IllegalArgumentException("Unknown ad field '" + name + "': expected one of " + FIELDS);
        };
    }
}
