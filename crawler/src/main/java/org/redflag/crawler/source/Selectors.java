package org.redflag.crawler.source;

import java.util.Map;

/**
 * CSS selectors (jsoup syntax) for the fields of an ad page. An empty selector, or one that finds nothing on a
 * page, falls back to generic extraction for that field.
 *
 * @param images selects {@code img} elements (their {@code src}) or elements whose {@code href} is an image
 */
public record Selectors(String title, String text, String company, String location, String salary, String contact,
        String postedDate, String images) {

    public static final Selectors NONE = new Selectors("", "", "", "", "", "", "", "");

    /** The YAML key of each field, in order. */
    public static final java.util.List<String> KEYS =
            java.util.List.of("title", "text", "company", "location", "salary", "contact", "posted_date", "images");

    public Selectors {
        title = orEmpty(title);
        text = orEmpty(text);
        company = orEmpty(company);
        location = orEmpty(location);
        salary = orEmpty(salary);
        contact = orEmpty(contact);
        postedDate = orEmpty(postedDate);
        images = orEmpty(images);
    }

    /** Builds selectors from a map keyed by {@link #KEYS}; missing keys are empty. */
    public static Selectors of(Map<String, String> byKey) {
        return new Selectors(byKey.get("title"), byKey.get("text"), byKey.get("company"), byKey.get("location"),
                byKey.get("salary"), byKey.get("contact"), byKey.get("posted_date"), byKey.get("images"));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.trim();
    }
}
