package org.redflag.app.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ads of one sample site, newest first, cut into listing pages. */
final class SiteCatalogue {
    private final List<DemoAd> ads;
    private final Map<String, DemoAd> bySlug;
    private final int pageSize;

    SiteCatalogue(List<DemoAd> ads, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        this.ads = ads.stream()
                .sorted(Comparator.comparing(DemoAd::posted).reversed().thenComparing(DemoAd::slug))
                .toList();
        this.bySlug = ads.stream().collect(Collectors.toUnmodifiableMap(DemoAd::slug, Function.identity()));
        this.pageSize = pageSize;
    }

    List<DemoAd> ads() {
        return ads;
    }

    int pageCount() {
        return Math.max(1, (ads.size() + pageSize - 1) / pageSize);
    }

    /** The ads of listing page {@code page} (1-based); empty past the last page. */
    List<DemoAd> page(int page) {
        int from = (page - 1) * pageSize;
        if (page < 1 || from >= ads.size()) {
            return List.of();
        }
        return ads.subList(from, Math.min(ads.size(), from + pageSize));
    }

    Optional<DemoAd> findAd(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The position of an ad in listing order, used to vary how its page is served. */
    int indexOf(DemoAd ad) {
        return ads.indexOf(ad);
    }

    /** A few other ads shown beside an ad, as job boards do ("similar jobs"): boilerplate the crawler must skip. */
    List<DemoAd> similarTo(DemoAd ad, int count) {
        int index = indexOf(ad);
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(offset -> ads.get((index + offset) % ads.size()))
                .filter(other -> other != ad)
                .toList();
    }
}
