package org.redflag.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.redflag.crawler.source.Pagination;
import org.redflag.crawler.source.Selectors;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.crawler.source.UrlRules;

class PageExtractorTest {
    private static final String URL = "https://jobs.example.org/job/42";
    private static final String NAV = "<header><nav><a href=\"/\">Home</a> <a href=\"/jobs\">Jobs</a></nav></header>";
    private static final String FOOTER = "<footer><p>© Example Jobs 2026. All rights reserved. Privacy. Terms. "
            + "Contact us at any time.</p></footer>";
    private static final String BODY = "We are hiring a warehouse assistant for our Leeds depot. You will pick and "
            + "pack orders, load vans and keep the stock room tidy. Full training is given.";

    private final PageExtractor generic = new PageExtractor(SourceConfig.forSeeds(List.of(URL)));

    @Test
    void readsJsonLdJobPosting() {
        String html = page("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\"},{\"@type\":[\"JobPosting\"],\"title\":\"Warehouse &amp; stock assistant\","
                + "\"description\":\"<p>Pick and pack.</p><ul><li>Nights</li></ul>\",\"datePosted\":\"2026-11-01\","
                + "\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Acme Ltd\"},"
                + "\"jobLocation\":{\"@type\":\"Place\",\"address\":{\"addressLocality\":\"Leeds\","
                + "\"addressCountry\":\"GB\"}},\"baseSalary\":{\"@type\":\"MonetaryAmount\",\"currency\":\"GBP\","
                + "\"value\":{\"minValue\":21000,\"maxValue\":24000,\"unitText\":\"YEAR\"}},"
                + "\"applicationContact\":{\"telephone\":\"+44 113 496 0000\"},\"image\":\"/img/1.png\"}]}</script>",
                "<h1>Something else</h1><p>" + BODY + "</p>");
        ExtractedPage page = generic.extract(URL, html);
        assertThat(page.kind()).isEqualTo(PageKind.AD);
        assertThat(page.titleSource()).isEqualTo("json-ld");
        assertThat(page.fields().title()).isEqualTo("Warehouse & stock assistant");
        assertThat(page.fields().text()).isEqualTo("Pick and pack.\nNights");
        assertThat(page.fields().company()).isEqualTo("Acme Ltd");
        assertThat(page.fields().location()).isEqualTo("Leeds, GB");
        assertThat(page.fields().salary()).isEqualTo("GBP 21000-24000 YEAR");
        assertThat(page.fields().postedDate()).isEqualTo("2026-11-01");
        assertThat(page.fields().contact()).isEqualTo("+44 113 496 0000");
        assertThat(page.fields().images()).containsExactly("https://jobs.example.org/img/1.png");
    }

    @Test
    void brokenJsonLdFallsBackToTheNextTechnique() {
        String html = page("<script type=\"application/ld+json\">{\"@type\":\"JobPosting\",</script>",
                "<article><h1>Line cook</h1><p>" + BODY + "</p></article>");
        ExtractedPage page = generic.extract(URL, html);
        assertThat(page.fields().title()).isEqualTo("Line cook");
        assertThat(page.titleSource()).isEqualTo("h1");
        assertThat(page.kind()).isEqualTo(PageKind.AD);
    }

    @Test
    void readsMicrodata() {
        String html = page("", "<div itemscope itemtype=\"https://schema.org/JobPosting\">"
                + "<h2 itemprop=\"title\">Care worker</h2>"
                + "<span itemprop=\"hiringOrganization\" itemscope itemtype=\"https://schema.org/Organization\">"
                + "<span itemprop=\"name\">CarePlus</span></span>"
                + "<meta itemprop=\"datePosted\" content=\"2026-10-30\">"
                + "<div itemprop=\"description\"><p>Support older people at home.</p></div></div>");
        ExtractedPage page = generic.extract(URL, html);
        assertThat(page.kind()).isEqualTo(PageKind.AD);
        assertThat(page.titleSource()).isEqualTo("microdata");
        assertThat(page.fields().title()).isEqualTo("Care worker");
        assertThat(page.fields().company()).isEqualTo("CarePlus");
        assertThat(page.fields().postedDate()).isEqualTo("2026-10-30");
        assertThat(page.fields().text()).isEqualTo("Support older people at home.");
    }

    @Test
    void openGraphTitleComesBeforeTheHeading() {
        String html = page("<meta property=\"og:title\" content=\"Delivery driver (Leeds)\">",
                "<h1>Delivery driver</h1><p>" + BODY + "</p>");
        ExtractedPage page = generic.extract(URL, html);
        assertThat(page.fields().title()).isEqualTo("Delivery driver (Leeds)");
        assertThat(page.titleSource()).isEqualTo("opengraph");
    }

    @Test
    void anOpenGraphTitleThatIsTheHeadingPlusTheSiteNameGivesTheHeading() {
        String html = page("<meta property=\"og:title\" content=\"Delivery driver | Example Jobs\">",
                "<h1>Delivery driver</h1><p>" + BODY + "</p>");
        assertThat(generic.extract(URL, html).fields().title()).isEqualTo("Delivery driver");
    }

    @Test
    void mainContentDropsNavigationFooterAndSimilarJobs() {
        String html = page("", "<div class=\"wrap\"><h1>Hotel housekeeper</h1>"
                + "<div class=\"description\"><p>" + BODY + "</p><p>Second paragraph of the ad.</p></div>"
                + "<div class=\"box\"><h3>Similar jobs</h3><ul><li><a href=\"/job/1\">Cleaner</a></li>"
                + "<li><a href=\"/job/2\">Porter</a></li></ul></div>"
                + "<aside>Sign up for alerts</aside></div>");
        ExtractedPage page = generic.extract(URL, html);
        assertThat(page.kind()).isEqualTo(PageKind.AD);
        assertThat(page.fields().title()).isEqualTo("Hotel housekeeper");
        assertThat(page.fields().text()).isEqualTo(BODY + "\nSecond paragraph of the ad.");
        assertThat(page.fields().text()).doesNotContain("Cleaner", "Home", "rights reserved", "alerts");
        assertThat(page.links()).contains("https://jobs.example.org/job/1", "https://jobs.example.org/jobs");
    }

    @Test
    void aListOfSameShapedLinksIsAListing() {
        StringBuilder items = new StringBuilder("<h1>Jobs in Leeds</h1><ul>");
        for (int i = 1; i <= 12; i++) {
            items.append("<li><a href=\"/job/").append(i).append("\">Job number ").append(i)
                    .append("</a> <span>Leeds, posted today, full time</span></li>");
        }
        items.append("</ul><a rel=\"next\" href=\"/jobs?page=2\">Next</a>");
        ExtractedPage page = generic.extract("https://jobs.example.org/jobs", page("", items.toString()));
        assertThat(page.kind()).isEqualTo(PageKind.LISTING);
        assertThat(page.paginationLinks()).containsExactly("https://jobs.example.org/jobs?page=2");
        assertThat(page.links()).hasSize(15);
    }

    @Test
    void cardsWithSnippetsLinkingToSlugsAreAListingNotAnAd() {
        StringBuilder cards = new StringBuilder("<h1>Latest jobs</h1><ol class=\"job-list\">");
        for (String slug : List.of("warehouse-operative", "line-cook", "care-assistant", "van-driver", "cleaner",
                "welder")) {
            cards.append("<li class=\"job-card\"><a href=\"/jobs/").append(slug).append("\">").append(slug)
                    .append("</a><div>Acme · Leeds · £11/hour</div><p class=\"snippet\">").append(BODY)
                    .append("</p></li>");
        }
        ExtractedPage page = generic.extract("https://jobs.example.org/jobs?page=2",
                page("", cards.append("</ol>").toString()));
        assertThat(page.kind()).isEqualTo(PageKind.LISTING);
    }

    @Test
    void recognisesChineseNextPageLinks() {
        ExtractedPage page = generic.extract("https://jobs.example.org/list_1.html",
                page("", "<p>列表</p><a href=\"list_2.html\">下一页</a> <a href=\"list_9.html\">尾页</a>"));
        assertThat(page.paginationLinks()).containsExactly("https://jobs.example.org/list_2.html");
    }

    @Test
    void shortOrLinkOnlyPagesAreOther() {
        assertThat(generic.extract(URL, page("", "<h1>Hi</h1><p>Short.</p>")).kind()).isEqualTo(PageKind.OTHER);
        assertThat(generic.extract("https://jobs.example.org/about", page("", "<h1>About us</h1><p>" + BODY
                + "</p>")).kind()).isEqualTo(PageKind.OTHER);
    }

    @Test
    void sourceSelectorsWinAndFallBackPerField() {
        SourceConfig source = SourceConfig.forSeeds(List.of(URL)).withSchedule(
                org.redflag.crawler.source.Schedule.DEFAULT);
        source = new SourceConfig("s", "s", "s", List.of(URL), Set.of(), new UrlRules(
                List.of(Pattern.compile("/job/\\d+$")), List.of(), List.of(), false), Pagination.DEFAULT,
                Selectors.of(Map.of("title", "div.t", "salary", "td.pay", "company", "td.missing",
                        "images", "div.pics img")),
                null, null, null, null, true, false);
        String html = page("<script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"LD title\","
                + "\"hiringOrganization\":\"LD company\"}</script>",
                "<div class=\"t\"> Selected   title </div><table><tr><td class=\"pay\">5000元/月</td></tr></table>"
                        + "<div class=\"pics\"><img src=\"a.jpg\"><img src=\"/b.jpg\"></div>");
        ExtractedPage page = new PageExtractor(source).extract(URL, html);
        assertThat(page.kind()).isEqualTo(PageKind.AD);
        assertThat(page.fields().title()).isEqualTo("Selected title");
        assertThat(page.titleSource()).isEqualTo("selector");
        assertThat(page.fields().salary()).isEqualTo("5000元/月");
        assertThat(page.fields().company()).isEqualTo("LD company");
        assertThat(page.fields().images()).containsExactly("https://jobs.example.org/job/a.jpg",
                "https://jobs.example.org/b.jpg");
    }

    @Test
    void readsTheCanonicalUrlAndSkipsNofollowLinks() {
        ExtractedPage page = generic.extract(URL + "?utm_source=feed", page(
                "<link rel=\"canonical\" href=\"/job/42?ref_src=x\">",
                "<h1>Welder</h1><p>" + BODY + "</p><a rel=\"nofollow\" href=\"/apply/42\">Apply</a>"));
        assertThat(page.canonicalUrl()).isEqualTo(URL);
        assertThat(page.links()).doesNotContain("https://jobs.example.org/apply/42");
    }

    @Test
    void chineseAdsCountTheirCharactersAsWords() {
        String zh = "我们正在招聘仓库助理，工作地点在广州。全职，签订正式劳动合同，月薪五千元，五险一金，带薪年假。"
                + "入职后提供两周的岗位培训。";
        ExtractedPage page = generic.extract(URL, page("", "<h1>仓库助理（广州）</h1><div><p>" + zh + "</p></div>"));
        assertThat(page.kind()).isEqualTo(PageKind.AD);
        assertThat(page.fields().title()).isEqualTo("仓库助理（广州）");
        assertThat(page.fields().text()).isEqualTo(zh);
    }

    @Test
    void theHtmlTitleIsTheLastResortWithoutTheSiteName() {
        ExtractedPage page = generic.extract(URL, "<html><head><title>Farm hand | Example Jobs</title></head>"
                + "<body><p>" + BODY + "</p></body></html>");
        assertThat(page.fields().title()).isEqualTo("Farm hand");
        assertThat(page.titleSource()).isEqualTo("title");
    }

    private static String page(String head, String main) {
        return "<!DOCTYPE html><html><head><title>Example Jobs</title>" + head + "</head><body>" + NAV
                + "<main>" + main + "</main>" + FOOTER + "</body></html>";
    }
}
