package org.redflag.crawler.run;

/** The kinds of error counted in a crawl run; {@link #key()} is the key in {@code CrawlRun.errors}. */
public enum ErrorKind {
    /** robots.txt disallows the URL (or could not be fetched: RFC 9309 then disallows everything). */
    ROBOTS_DENIED,
    /** 4xx response, including a 429 still refused after the retries. */
    HTTP_4XX,
    /** 5xx response after the retries. */
    HTTP_5XX,
    /** No complete response within the fetch timeout, after the retries. */
    TIMEOUT,
    /** Connection refused or reset, malformed response, unknown host, after the retries. */
    CONNECTION,
    /** The page could not be read (bad sitemap, extraction failure, an ad page without title or text). */
    PARSE,
    /** Ads that could not be written to the store (unavailable past the run's deadline, or rejected). */
    STORE,
    /** The classifier failed on an ad; the ad was not stored unscored. */
    CLASSIFY,
    /** The body was larger than limits.max_bytes and was cut (the page was still read). */
    TOO_LARGE,
    /** Not HTML or XML: skipped without reading the body. */
    NOT_HTML,
    /** More redirects than limits.max_redirects. */
    REDIRECT_LIMIT,
    /** A private, loopback or link-local address the source does not allow. */
    REFUSED_ADDRESS,
    /** A crawler-trap bound refused a URL (not fetched). */
    TRAP;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
