package org.redflag.crawler.robots;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Reads a sitemap or sitemap index (XML, text, RSS/Atom, gzipped) from bytes, with crawler-commons. */
public final class SitemapReader {
    private SitemapReader() {
    }

    /**
     * The URLs of a sitemap.
     *
     * @param pages    page URLs listed
     * @param sitemaps further sitemaps listed by a sitemap index
     */
    public record SitemapContent(List<String> pages, List<String> sitemaps) {
        public SitemapContent {
            pages = List.copyOf(pages);
            sitemaps = List.copyOf(sitemaps);
        }
    }

    /**
     * Parses a sitemap. Not strict: URLs outside the sitemap's own path are kept, the crawl's host rules decide.
     *
     * @throws SitemapException when the bytes are not a sitemap
     */
    public static SitemapContent read(String url, byte[] body, String contentType) {
        SiteMapParser parser = new SiteMapParser(false);
        try {
            AbstractSiteMap map = parser.parseSiteMap(contentType.isBlank() ? "text/xml" : contentType, body,
                    URI.create(url).toURL());
            List<String> pages = new ArrayList<>();
            List<String> sitemaps = new ArrayList<>();
            if (map instanceof SiteMapIndex index) {
                for (AbstractSiteMap child : index.getSitemaps()) {
                    sitemaps.add(child.getUrl().toString());
                }
            } else if (map instanceof SiteMap siteMap) {
                for (SiteMapURL u : siteMap.getSiteMapUrls()) {
                    pages.add(u.getUrl().toString());
                }
            }
            return new SitemapContent(pages, sitemaps);
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new SitemapException(url + " is not a readable sitemap: " + e.getMessage(), e);
        }
    }

    /** Whether bytes look like an XML sitemap or sitemap index rather than an HTML page. */
    public static boolean looksLikeSitemap(String url, byte[] body, String contentType) {
        String head = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.contains("<urlset") || head.contains("<sitemapindex")
                || (contentType.contains("xml") && !contentType.contains("html") && !head.contains("<html"))
                || url.endsWith(".xml") && !head.toLowerCase(java.util.Locale.ROOT).contains("<html");
    }

    /** A sitemap that could not be parsed. */
    public static final class SitemapException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SitemapException(String message, Throwable cause) {
            super(message, cause);
        }
    }

}
