package org.redflag.app.demo;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One response of a sample site.
 *
 * @param status       HTTP status
 * @param contentType  the Content-Type header
 * @param body         the encoded body
 * @param lastModified the Last-Modified date as ISO-8601 ({@code 2026-11-02}), or "" when the page has none
 * @param location     the Location header of a redirect, else ""
 */
record SitePage(int status, String contentType, byte[] body, String lastModified, String location) {

    static SitePage html(String html) {
        return html(html, StandardCharsets.UTF_8, true);
    }

    /**
     * An HTML page in a charset; when {@code charsetInHeader} is false the header names no charset and the page's own
     * {@code <meta charset>} has to be read, as on many older Chinese sites.
     */
    static SitePage html(String html, Charset charset, boolean charsetInHeader) {
        String type = charsetInHeader ? "text/html; charset=" + charset.name() : "text/html";
        return new SitePage(200, type, html.getBytes(charset), "", "");
    }

    static SitePage text(int status, String contentType, String text) {
        return new SitePage(status, contentType + "; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8), "", "");
    }

    static SitePage notFound() {
        return text(404, "text/html", "<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>");
    }

    /** A permanent redirect to a path on the same site. */
    static SitePage redirect(String path) {
        SitePage page = text(301, "text/html", "<!DOCTYPE html><title>Moved</title><a href=\"" + Html.escape(path)
                + "\">Moved here</a>");
        return new SitePage(page.status, page.contentType, page.body, "", path);
    }

    SitePage withLastModified(String date) {
        return new SitePage(status, contentType, body, date, location);
    }

    Optional<String> findLastModified() {
        return lastModified.isEmpty() ? Optional.empty() : Optional.of(lastModified);
    }
}
