package org.redflag.crawler.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which URLs of a source are ads, which are listings, and which are never fetched. Patterns are Java regular
 * expressions matched with {@code find()} against the normalised URL.
 *
 * @param adPatterns      URLs of ad pages; empty means ad pages are recognised by their content
 * @param listingPatterns URLs of listing pages; empty means listings are recognised by their content
 * @param excludePatterns URLs never fetched
 * @param followOther     whether links matching neither ad nor listing patterns are followed (only relevant when
 *                        some patterns are set; with none, every same-host link is followed)
 */
public record UrlRules(List<Pattern> adPatterns, List<Pattern> listingPatterns, List<Pattern> excludePatterns,
        boolean followOther) {

    public static final UrlRules DEFAULT = new UrlRules(List.of(), List.of(), List.of(), false);

    public UrlRules {
        adPatterns = List.copyOf(adPatterns);
        listingPatterns = List.copyOf(listingPatterns);
        excludePatterns = List.copyOf(excludePatterns);
    }

    public boolean isAd(String url) {
        return matchesAny(adPatterns, url);
    }

    public boolean isListing(String url) {
        return matchesAny(listingPatterns, url);
    }

    public boolean isExcluded(String url) {
        return matchesAny(excludePatterns, url);
    }

    /** Whether a link to this URL is followed, given the patterns. */
    public boolean follows(String url) {
        if (isExcluded(url)) {
            return false;
        }
        boolean patterned = !adPatterns.isEmpty() || !listingPatterns.isEmpty();
        return !patterned || followOther || isAd(url) || isListing(url);
    }

    private static boolean matchesAny(List<Pattern> patterns, String url) {
        for (Pattern p : patterns) {
            if (p.matcher(url).find()) {
                return true;
            }
        }
        return false;
    }
}
