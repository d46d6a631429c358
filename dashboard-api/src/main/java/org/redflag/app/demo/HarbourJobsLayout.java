package org.redflag.app.demo;

import static org.redflag.app.demo.Html.escape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Harbour Jobs, an English job board: listing pages {@code /jobs?page=N}, ad pages {@code /jobs/SLUG} with schema.org
 * {@code JobPosting} JSON-LD, so the crawler's generic extraction reads them without selectors.
 */
final class HarbourJobsLayout implements SiteLayout {
    private static final Pattern AD = Pattern.compile("/jobs/([a-z0-9-]+)");
    private static final Pattern PAGE = Pattern.compile("(?:^|&)page=(\\d{1,4})(?:&|$)");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Override
    public String id() {
        return "harbourjobs";
    }

    @Override
    public String listingPath(int page) {
        return page == 1 ? "/jobs" : "/jobs?page=" + page;
    }

    @Override
    public OptionalInt listingPage(String path, String query) {
        if (!path.equals("/jobs") && !path.equals("/jobs/")) {
            return OptionalInt.empty();
        }
        Matcher page = PAGE.matcher(query);
        return OptionalInt.of(page.find() ? Integer.parseInt(page.group(1)) : 1);
    }

    @Override
    public String adPath(DemoAd ad) {
        return "/jobs/" + ad.slug();
    }

    @Override
    public Optional<String> adSlug(String path) {
        Matcher matcher = AD.matcher(path);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    @Override
    public SitePage listing(SiteCatalogue catalogue, int page, String baseUrl) {
        StringBuilder html = head("Latest jobs, page " + page + " | Harbour Jobs", baseUrl + listingPath(page));
        if (page > 1) {
            html.append("<link rel=\"prev\" href=\"").append(listingPath(page - 1)).append("\">\n");
        }
        if (page < catalogue.pageCount()) {
            html.append("<link rel=\"next\" href=\"").append(listingPath(page + 1)).append("\">\n");
        }
        html.append("</head>\n<body>\n").append(header()).append("<main>\n<h1>Latest jobs</h1>\n<ol class=\"job-list\">\n");
        for (DemoAd ad : catalogue.page(page)) {
            html.append(card(ad));
        }
        html.append("</ol>\n").append(pagination(catalogue, page)).append("</main>\n").append(footer());
        return SitePage.html(html.toString());
    }

    @Override
    public SitePage ad(SiteCatalogue catalogue, DemoAd ad, String baseUrl) {
        StringBuilder html = head(ad.title() + " | " + ad.company() + " | Harbour Jobs", baseUrl + adPath(ad));
        html.append("<meta name=\"description\" content=\"").append(escape(summary(ad.body()))).append("\">\n")
                .append("<script type=\"application/ld+json\">").append(Html.scriptJson(jobPosting(ad)))
                .append("</script>\n</head>\n<body>\n").append(header())
                .append("<main>\n<article class=\"job\">\n<h1 class=\"job-title\">").append(escape(ad.title()))
                .append("</h1>\n<ul class=\"job-facts\">\n")
                .append(fact("company", ad.company())).append(fact("location", ad.location()))
                .append(fact("salary", ad.salary()))
                .append("<li class=\"posted\">Posted ").append(time(ad.posted())).append("</li>\n</ul>\n")
                .append("<section class=\"job-description\">\n").append(Html.paragraphs(ad.body()))
                .append("</section>\n<section class=\"how-to-apply\">\n<h2>How to apply</h2>\n<p class=\"contact\">")
                .append(escape(ad.contact())).append("</p>\n</section>\n</article>\n")
                .append(similar(catalogue.similarTo(ad, 3))).append("</main>\n").append(footer());
        return SitePage.html(html.toString()).withLastModified(ad.posted());
    }

    @Override
    public SitePage admin() {
        return SitePage.html(head("Employer login | Harbour Jobs", "") + "</head>\n<body>\n<h1>Employer login</h1>\n"
                + "<form method=\"post\"><input name=\"user\"><input name=\"password\" type=\"password\"></form>\n"
                + "</body>\n</html>\n");
    }

    private static Map<String, Object> jobPosting(DemoAd ad) {
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", "https://schema.org");
        posting.put("@type", "JobPosting");
        posting.put("title", ad.title());
        // Like most job boards, the description is HTML and ends with how to apply.
        posting.put("description", Html.paragraphs(ad.body())
                + (ad.contact().isEmpty() ? "" : "<p>How to apply: " + Html.escape(ad.contact()) + "</p>"));
        posting.put("datePosted", ad.posted());
        posting.put("hiringOrganization", Map.of("@type", "Organization", "name", ad.company()));
        posting.put("jobLocation", Map.of("@type", "Place",
                "address", Map.of("@type", "PostalAddress", "addressLocality", ad.location())));
        posting.put("baseSalary", ad.salary());
        return posting;
    }

    private StringBuilder head(String title, String canonical) {
        StringBuilder html = new StringBuilder(8192).append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n")
                .append("<title>").append(escape(title)).append("</title>\n");
        if (!canonical.isEmpty()) {
            html.append("<link rel=\"canonical\" href=\"").append(escape(canonical)).append("\">\n");
        }
        return html;
    }

    private String header() {
        return "<header class=\"site-header\">\n<a class=\"brand\" href=\"" + listingPath(1) + "\">Harbour Jobs</a>\n"
                + "<nav><a href=\"" + listingPath(1) + "\">All jobs</a> <a href=\"" + adminPath()
                + "login\">Employer login</a></nav>\n</header>\n";
    }

    private static String footer() {
        return "<footer class=\"site-footer\">\n<p>Harbour Jobs: local jobs for local people since 2009. "
                + "Report a suspicious ad to our safety team.</p>\n<p>&copy; 2026 Harbour Jobs</p>\n</footer>\n"
                + "</body>\n</html>\n";
    }

    private String card(DemoAd ad) {
        return "<li class=\"job-card\">\n<a class=\"job-link\" href=\"" + escape(adPath(ad)) + "\">"
                + escape(ad.title()) + "</a>\n<div class=\"job-meta\"><span class=\"company\">" + escape(ad.company())
                + "</span> &middot; <span class=\"location\">" + escape(ad.location())
                + "</span> &middot; <span class=\"salary\">" + escape(ad.salary()) + "</span></div>\n"
                + time(ad.posted()) + "\n<p class=\"snippet\">" + escape(summary(ad.body())) + "</p>\n</li>\n";
    }

    private String pagination(SiteCatalogue catalogue, int page) {
        StringBuilder nav = new StringBuilder("<nav class=\"pagination\">\n");
        if (page > 1) {
            nav.append("<a class=\"prev\" rel=\"prev\" href=\"").append(listingPath(page - 1)).append("\">&lsaquo; Previous</a>\n");
        }
        for (int n = 1; n <= catalogue.pageCount(); n++) {
            nav.append(n == page ? "<span class=\"current\">" + n + "</span>\n"
                    : "<a href=\"" + listingPath(n) + "\">" + n + "</a>\n");
        }
        if (page < catalogue.pageCount()) {
            nav.append("<a class=\"next\" rel=\"next\" href=\"").append(listingPath(page + 1)).append("\">Next &rsaquo;</a>\n");
        }
        return nav.append("</nav>\n").toString();
    }

    private String similar(List<DemoAd> others) {
        StringBuilder aside = new StringBuilder("<aside class=\"similar-jobs\">\n<h2>Similar jobs</h2>\n<ul>\n");
        for (DemoAd other : others) {
            aside.append("<li><a href=\"").append(escape(adPath(other))).append("\">").append(escape(other.title()))
                    .append("</a> <span class=\"location\">").append(escape(other.location())).append("</span></li>\n");
        }
        return aside.append("</ul>\n</aside>\n").toString();
    }

    private static String fact(String field, String value) {
        return value.isEmpty() ? "" : "<li class=\"" + field + "\">" + escape(value) + "</li>\n";
    }

    private static String time(String isoDate) {
        if (isoDate.isEmpty()) {
            return "";
        }
        String shown = LocalDate.parse(isoDate.substring(0, 10)).format(SHOWN);
        return "<time datetime=\"" + escape(isoDate) + "\">" + shown + "</time>";
    }

    static String summary(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= 160 ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, 157)) + "...";
    }
}
