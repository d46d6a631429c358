package org.redflag.app.demo;

import java.util.Optional;
import java.util.OptionalInt;

/** How one sample site names and draws its pages. Implementations hold no state. */
interface SiteLayout {

    /** The site's id, also its platform id: {@code harbourjobs}. */
    String id();

    /** The class-path resource holding its ads. */
    default String adsResource() {
        return "/demo/" + id() + ".jsonl";
    }

    /** The path that robots.txt disallows; pages under it exist, so a crawler that ignores robots.txt is seen. */
    default String adminPath() {
        return "/admin/";
    }

    /** The path of listing page {@code page} (1-based). */
    String listingPath(int page);

    /** The listing page a path and query name, if they name one. */
    OptionalInt listingPage(String path, String query);

    String adPath(DemoAd ad);

    /** The slug of the ad a path names, if it names one. */
    Optional<String> adSlug(String path);

    SitePage listing(SiteCatalogue catalogue, int page, String baseUrl);

    SitePage ad(SiteCatalogue catalogue, DemoAd ad, String baseUrl);

    SitePage admin();
}
