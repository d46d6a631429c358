package org.redflag.store;

import java.util.List;
import java.util.Objects;
import org.redflag.classifier.AdText;

/**
 * The fields extracted from an ad page. Missing fields are empty strings, never null.
 *
 * @param postedDate the posting date as the page states it (ISO-8601 when it could be parsed), else ""
 * @param images     absolute URLs of the ad's images
 */
public record AdFields(
        String title,
        String text,
        String company,
        String location,
        String salary,
        String contact,
        String postedDate,
        List<String> images) {

    public AdFields {
        title = Objects.requireNonNullElse(title, "");
        text = Objects.requireNonNullElse(text, "");
        company = Objects.requireNonNullElse(company, "");
        location = Objects.requireNonNullElse(location, "");
        salary = Objects.requireNonNullElse(salary, "");
        contact = Objects.requireNonNullElse(contact, "");
        postedDate = Objects.requireNonNullElse(postedDate, "");
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** What the classifier reads; the contact line is appended to the body so its numbers and handles are seen. */
    public AdText toAdText(String id, String url) {
        String body = contact.isEmpty() ? text : text + "\n" + contact;
        return new AdText(id, title, body, company, location, salary, url);
    }
}
