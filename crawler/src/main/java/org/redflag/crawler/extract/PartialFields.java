package org.redflag.crawler.extract;

import java.util.List;

/**
 * Ad fields found by one extraction technique; empty strings where it found nothing. Merged field by field in
 * priority order by {@link PageExtractor}.
 */
record PartialFields(String title, String text, String company, String location, String salary, String contact,
        String postedDate, List<String> images) {

    static final PartialFields EMPTY = new PartialFields("", "", "", "", "", "", "", List.of());

    PartialFields {
        title = clean(title);
        text = text == null ? "" : text.strip();
        company = clean(company);
        location = clean(location);
        salary = clean(salary);
        contact = clean(contact);
        postedDate = clean(postedDate);
        images = images == null ? List.of() : List.copyOf(images);
    }

    boolean isEmpty() {
        return title.isEmpty() && text.isEmpty();
    }

    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
