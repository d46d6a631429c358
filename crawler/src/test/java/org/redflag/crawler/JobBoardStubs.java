package org.redflag.crawler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Builds a small job board on a WireMock server: listing pages, ad pages, robots.txt. */
final class JobBoardStubs {
    private final WireMockServer server;

    JobBoardStubs(WireMockServer server) {
        this.server = server;
    }

    String url(String path) {
        return server.baseUrl() + path;
    }

    /** Listing page {@code /jobs?page=N} linking to ads, with rel=next when {@code next} is true. */
    void listing(int page, boolean next, int... ads) {
        StringBuilder body = new StringBuilder("<h1>Jobs, page " + page + "</h1><ul>");
        for (int ad : ads) {
            body.append("<li><a href=\"/job/").append(ad).append("\">Job ").append(ad).append("</a></li>");
        }
        body.append("</ul>");
        if (next) {
            body.append("<a rel=\"next\" href=\"/jobs?page=").append(page + 1).append("\">Next</a>");
        }
        html("/jobs?page=" + page, page("Jobs", body.toString(), ""));
    }

    /** Ad page {@code /job/N} with JSON-LD and a heading. */
    void ad(int n, String title, String text) {
        html("/job/" + n, adHtml(title, text, ""));
    }

    static String adHtml(String title, String text, String head) {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\","
                + "\"title\":\"" + title + "\",\"description\":\"" + text + "\"}</script>";
        return page(title, "<article><h1>" + title + "</h1><p>" + text + "</p></article>", head + ld);
    }

    void html(String path, String html) {
        server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(html)));
    }

    void bytes(String path, String contentType, byte[] body) {
        server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", contentType).withBody(body)));
    }

    void robots(String text) {
        server.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody(text)));
    }

    static String page(String title, String main, String head) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title>" + head + "</head><body>"
                + "<nav><a href=\"/jobs?page=1\">Jobs</a></nav><main>" + main + "</main>"
                + "<footer>Example board</footer></body></html>";
    }

    static byte[] encode(String html, Charset charset) {
        return html.getBytes(charset == null ? StandardCharsets.UTF_8 : charset);
    }
}
