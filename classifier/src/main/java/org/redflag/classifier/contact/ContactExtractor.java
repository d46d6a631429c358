package org.redflag.classifier.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redflag.classifier.Contacts;

/**
 * Extracts contact points so that ads can be linked: phone numbers in E.164 (libphonenumber, trying the configured
 * regions for numbers without a country code), lower-cased e-mail addresses, messenger handles as {@code app:handle}
 * (WhatsApp, Telegram, WeChat, Line, QQ, Viber, also after app names spelled with spaced letters) and URLs. Reads the
 * contact view of the normaliser, in which full-width, emoji and spelled-out digits are already ASCII digits.
 *
 * <p>Cheap scans come before costly matching: one pass finds which literal cues (app names, {@code http}, ...) a
 * text holds, and only the expressions of those cues run; phone candidates come from a plain scan, and
 * libphonenumber parses a candidate only in the regions whose metadata allows a valid number of those digits
 * ({@link RegionFilter}). Amount ranges, year ranges and dates are no candidates ({@link NumberRanges}), nor are digits
 * inside hashes or after {@code ISO} ({@link RunContext}); a candidate is copied out of the text only when it passes. Within one call a candidate met twice is parsed once; nothing is remembered across calls,
 * so no contact data outlives the ad. Immutable and thread-safe.
 */
public final class ContactExtractor {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("(?i)\\b(https?://|www\\.|t\\.me/|wa\\.me/|line\\.me/)[^\\s<>\"'，。）)]+");
    private static final List<String> URL_CUES = List.of("http", "www.", ".me/");
    private final List<RegionFilter> regions;
    private final List<MessengerPattern> messengers = MessengerPattern.standard();
    private final CueScan cues;
    /** Per messenger pattern, the bits of its cues in {@link #cues}. */
    private final long[] messengerCues;
    private final long urlCues;

    /** @param regions ISO 3166 regions tried, in order, for numbers written without a country code */
    public ContactExtractor(List<String> regions) {
        List<RegionFilter> filters = new ArrayList<>();
        for (String r : regions) {
            if (!PHONES.getSupportedRegions().contains(r)) {
                throw new IllegalArgumentException("contacts.regions: '" + r + "' is not a region libphonenumber knows;"
                        + " use ISO 3166 alpha-2 codes such as US, GB, CN, KH");
            }
            filters.add(new RegionFilter(PHONES, r));
        }
        this.regions = List.copyOf(filters);
        List<String> all = new ArrayList<>(URL_CUES);
        messengerCues = new long[messengers.size()];
        for (int i = 0; i < messengers.size(); i++) {
            for (String cue : messengers.get(i).cues()) {
                messengerCues[i] |= 1L << all.size();
                all.add(cue);
            }
        }
        urlCues = (1L << URL_CUES.size()) - 1;
        cues = new CueScan(all);
    }

    /** Contacts found in the given texts (contact views of the ad's fields). */
    public Contacts extract(List<String> texts) {
        Set<String> phones = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        Set<String> handles = new LinkedHashSet<>();
        Set<String> urls = new LinkedHashSet<>();
        Map<String, Optional<String>> parsed = new HashMap<>();
        for (String text : texts) {
            if (text.isEmpty()) {
                continue;
            }
            if (text.indexOf('@') >= 0) {
                findAll(EMAIL, text, m -> emails.add(m.group().toLowerCase(Locale.ROOT)));
            }
            long found = cues.scan(text);
            if ((found & urlCues) != 0) {
                findAll(URL, text, m -> urls.add(trimUrl(m.group())));
            }
            findMessengers(text, found, handles, parsed);
            String joined = SpacedNames.join(text);
            if (joined != null) {
                findMessengers(joined, cues.scan(joined), handles, parsed);
            }
            DigitRuns.forEach(text, (t, from, to) -> {
                if (digits(t, from, to) >= 7 && !NumberRanges.isRangeOrDate(t, from, to)
                        && !RunContext.isNoPhoneNumber(t, from, to)) {
                    toE164(t.substring(from, to), parsed).ifPresent(phones::add);
                }
            });
        }
        return new Contacts(List.copyOf(phones), List.copyOf(emails), List.copyOf(handles), List.copyOf(urls));
    }

    private void findMessengers(String text, long found, Set<String> handles, Map<String, Optional<String>> parsed) {
        for (int i = 0; i < messengers.size(); i++) {
            if ((found & messengerCues[i]) != 0) {
                messengers.get(i).find(text, handles, c -> toE164(c, parsed));
            }
        }
    }

    private Optional<String> toE164(String candidate, Map<String, Optional<String>> parsed) {
        return parsed.computeIfAbsent(candidate, this::toE164);
    }

    /** The number in E.164, trying an explicit country code first and then the configured regions. */
    Optional<String> toE164(String candidate) {
        String c = candidate.strip();
        if (c.startsWith("00")) {
            c = "+" + c.substring(2);
        }
        int digits = digits(c);
        if (digits < 7 || digits > 15) {
            return Optional.empty();
        }
        if (c.startsWith("+")) {
            return parse(c, "ZZ");
        }
        String onlyDigits = onlyDigits(c);
        for (RegionFilter region : regions) {
            if (region.mayBeValid(onlyDigits)) {
                Optional<String> number = parse(c, region.region());
                if (number.isPresent()) {
                    return number;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> parse(String candidate, String region) {
        try {
            PhoneNumber n = PHONES.parse(candidate, region);
            if (PHONES.isValidNumber(n)) {
                return Optional.of(PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
            }
        } catch (NumberParseException e) {
            // not a number in this region; the caller tries the next
        }
        return Optional.empty();
    }

    private static int digits(String s) {
        return digits(s, 0, s.length());
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += Character.isDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /** The digits of the text as ASCII digits, as libphonenumber reads them. */
    private static String onlyDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d >= 0) {
                b.append((char) ('0' + d));
            }
        }
        return b.toString();
    }

    private static String trimUrl(String url) {
        String u = url;
        while (!u.isEmpty() && ".,;:!?)]}".indexOf(u.charAt(u.length() - 1)) >= 0) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static void findAll(Pattern p, String text, Consumer<Matcher> onMatch) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            onMatch.accept(m);
        }
    }
}
