package org.redflag.crawler.fetch;

/**
 * The validators of a previous response, sent back as {@code If-None-Match} / {@code If-Modified-Since} so an
 * unchanged page answers 304. Empty strings when absent.
 */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators("", "");

    public Validators {
        etag = etag == null ? "" : etag;
        lastModified = lastModified == null ? "" : lastModified;
    }

    public boolean isEmpty() {
        return etag.isEmpty() && lastModified.isEmpty();
    }
}
