package org.redflag.classifier.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redflag.classifier.Contacts;

/**
 * Extracts contact points so that ads can be linked: phone numbers in E.164 (libphonenumber, trying the configured
 * regions for numbers without a country code), lower-cased e-mail addresses, messenger handles as {@code app:handle}
 * (WhatsApp, Telegram, WeChat, Line, QQ) and URLs. Reads the contact view of the normaliser, in which full-width,
 * emoji and spelled-out digits are already ASCII digits. Immutable and thread-safe.
 */
public final class ContactExtractor {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\(?[0-9][0-9 ()./-]{5,}[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("(?i)\\b(https?://|www\\.|t\\.me/|wa\\.me/|line\\.me/)[^\\s<>\"'，。）)]+");
    private final List<String> regions;
    private final List<MessengerPattern> messengers = MessengerPattern.standard();

    /** @param regions ISO 3166 regions tried, in order, for numbers written without a country code */
    public ContactExtractor(List<String> regions) {
        for (String r : regions) {
            if (!PHONES.getSupportedRegions().contains(r)) {
                throw new IllegalArgumentException("contacts.regions: '" + r + "' is not a region libphonenumber knows;"
                        + " use ISO 3166 alpha-2 codes such as US, GB, CN, KH");
            }
        }
        this.regions = List.copyOf(regions);
    }

    /** Contacts found in the given texts (contact views of the ad's fields). */
    public Contacts extract(List<String> texts) {
        Set<String> phones = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        Set<String> handles = new LinkedHashSet<>();
        Set<String> urls = new LinkedHashSet<>();
        for (String text : texts) {
            if (text.isEmpty()) {
                continue;
            }
            if (text.indexOf('@') >= 0) {
                findAll(EMAIL, text, m -> emails.add(m.group().toLowerCase(Locale.ROOT)));
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("http") || lower.contains("www.") || lower.contains(".me/")) {
                findAll(URL, text, m -> urls.add(trimUrl(m.group())));
            }
            for (MessengerPattern p : messengers) {
                if (p.mayOccurIn(lower)) {
                    p.find(text, handles, this::toE164);
                }
            }
            findPhones(text, phones);
        }
        return new Contacts(List.copyOf(phones), List.copyOf(emails), List.copyOf(handles), List.copyOf(urls));
    }

    private void findPhones(String text, Set<String> phones) {
        Matcher m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            String candidate = m.group();
            if (digits(candidate) >= 7) {
                toE164(candidate).ifPresent(phones::add);
            }
        }
    }

    /** The number in E.164, trying an explicit country code first and then the configured regions. */
    java.util.Optional<String> toE164(String candidate) {
        String c = candidate.strip();
        if (c.startsWith("00")) {
            c = "+" + c.substring(2);
        }
        int digits = digits(c);
        if (digits < 7 || digits > 15) {
            return java.util.Optional.empty();
        }
        for (String region : c.startsWith("+") ? List.of("ZZ") : regions) {
            try {
                PhoneNumber n = PHONES.parse(c, region);
                if (PHONES.isValidNumber(n)) {
                    return java.util.Optional.of(PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
                }
            } catch (NumberParseException e) {
                // not a number in this region; try the next
            }
        }
        return java.util.Optional.empty();
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private static String trimUrl(String url) {
        String u = url;
        while (!u.isEmpty() && ".,;:!?)]}".indexOf(u.charAt(u.length() - 1)) >= 0) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static void findAll(Pattern p, String text, java.util.function.Consumer<Matcher> onMatch) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            onMatch.accept(m);
        }
    }
}
