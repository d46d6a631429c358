package org.redflag.classifier.contact;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * A necessary condition, read from libphonenumber's own metadata, for a number written without {@code +} to parse as
 * a valid number in one default region; it spares the costly parse in regions where it cannot succeed.
 *
 * <p>Parsing digits in a region either finds the region's international prefix or its country code at the start
 * (the filter lets those through untested), or rewrites a national prefix by a transformation rule (let through
 * too), or else the national number is the digits themselves or the digits after the national prefix that the
 * region's {@code nationalPrefixForParsing} matches at the start. A valid number's national number fully matches
 * the pattern of one of the number types (fixed line, mobile, toll free, ...) of a region of its country code; when
 * neither national number can match one, the parse in this region cannot give a valid number.
 *
 * <p>Matching those patterns in full costs about as much as the parse, so the test is coarser and cheap: the
 * national number's length must be a possible length of such a region, and its first {@value #PREFIX} digits must be
 * able to begin a match of one of the patterns. Which {@value #PREFIX}-digit prefixes can is worked out once, when
 * the filter is built, by matching each against the patterns and asking {@link java.util.regex.Matcher#hitEnd()}
 * whether a longer input could match. Immutable and thread-safe.
 */
final class RegionFilter {
    private static final MetadataSource METADATA = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
    private final String region;
    private final String countryCode;
    private final Pattern internationalPrefix;
    private final Pattern nationalPrefix;
    private final boolean transformsNationalPrefix;
    static final int PREFIX = 3;
    private static final int PREFIXES = 1000;
    private static final int MAX_LENGTH = 32;
    /** Whether a national number may start with these {@value #PREFIX} digits. */
    private final boolean[] viablePrefix = new boolean[PREFIXES];
    /** Whether a national number may have this many digits. */
    private final boolean[] possibleLength = new boolean[MAX_LENGTH];

    RegionFilter(PhoneNumberUtil phones, String region) {
        this.region = region;
        PhoneMetadata metadata = METADATA.getMetadataForRegion(region);
        int code = phones.getCountryCodeForRegion(region);
        this.countryCode = Integer.toString(code);
        this.internationalPrefix = compileOrNull(metadata.getInternationalPrefix());
        this.nationalPrefix = compileOrNull(metadata.getNationalPrefixForParsing());
        this.transformsNationalPrefix = !metadata.getNationalPrefixTransformRule().isEmpty();
        StringJoiner types = new StringJoiner("|");
        for (String sibling : phones.getRegionCodesForCountryCode(code)) {
            PhoneMetadata m = METADATA.getMetadataForRegion(sibling);
            addLengths(m.getGeneralDesc().getPossibleLengthList());
            for (PhoneNumberDesc d : List.of(m.getPremiumRate(), m.getTollFree(), m.getSharedCost(), m.getVoip(),
                    m.getPersonalNumber(), m.getPager(), m.getUan(), m.getVoicemail(), m.getFixedLine(), m.getMobile())) {
                if (!d.getNationalNumberPattern().isEmpty()) {
                    types.add("(?:" + d.getNationalNumberPattern() + ")");
                }
            }
        }
        if (types.length() > 0) {
            Pattern anyNumberType = Pattern.compile(types.toString());
            for (int p = 0; p < PREFIXES; p++) {
                java.util.regex.Matcher m = anyNumberType.matcher(String.format("%03d", p));
                viablePrefix[p] = m.matches() || m.hitEnd();
            }
        }
    }

    /** An empty list means any length (libphonenumber then checks the pattern alone). */
    private void addLengths(List<Integer> lengths) {
        for (int length = 0; length < MAX_LENGTH; length++) {
            possibleLength[length] |= lengths.isEmpty() || lengths.contains(length);
        }
    }

    private static Pattern compileOrNull(String regex) {
        return regex.isEmpty() ? null : Pattern.compile(regex);
    }

    private boolean mayBeNationalNumber(String digits, int from) {
        int length = digits.length() - from;
        if (length < PREFIX || length >= MAX_LENGTH) {
            return true;
        }
        int prefix = (digits.charAt(from) - '0') * 100 + (digits.charAt(from + 1) - '0') * 10 + digits.charAt(from + 2) - '0';
        return possibleLength[length] && viablePrefix[prefix];
    }

    String region() {
        return region;
    }

    /** False only when parsing these ASCII digits (a number written without {@code +}) here cannot give a valid number. */
    boolean mayBeValid(String digits) {
        if (transformsNationalPrefix || digits.startsWith(countryCode)
                || (internationalPrefix != null && internationalPrefix.matcher(digits).lookingAt())) {
            return true;
        }
        if (mayBeNationalNumber(digits, 0)) {
            return true;
        }
        if (nationalPrefix != null) {
            java.util.regex.Matcher prefix = nationalPrefix.matcher(digits);
            return prefix.lookingAt() && mayBeNationalNumber(digits, prefix.end());
        }
        return false;
    }
}
