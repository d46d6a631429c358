package org.redflag.classifier;

import java.util.List;

/**
 * Contact points found in an ad, normalised so that ads sharing one can be linked.
 *
 * @param phones    phone numbers in E.164 form
 * @param emails    lower-cased e-mail addresses
 * @param messengers messenger handles as {@code app:handle}, for example {@code telegram:@jobs_kh}
 * @param urls      URLs found in the text
 */
public record Contacts(List<String> phones, List<String> emails, List<String> messengers, List<String> urls) {
    public static final Contacts NONE = new Contacts(List.of(), List.of(), List.of(), List.of());

    public Contacts {
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        messengers = List.copyOf(messengers);
        urls = List.copyOf(urls);
    }

    public boolean isEmpty() {
        return phones.isEmpty() && emails.isEmpty() && messengers.isEmpty() && urls.isEmpty();
    }
}
