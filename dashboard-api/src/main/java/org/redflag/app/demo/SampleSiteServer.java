package org.redflag.app.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.redflag.store.AdIds;

/**
 * One sample site on its own loopback port, served by the JDK's HTTP server: robots.txt (disallowing the admin path,
 * naming the sitemap), a sitemap, paginated listing pages and ad pages, with ETag and Last-Modified so recrawls can be
 * conditional. Only GET and HEAD are answered.
 */
final class SampleSiteServer implements AutoCloseable {
    private final SiteLayout layout;
    private final SiteCatalogue catalogue;
    private final HttpServer server;
    private final String baseUrl;
    private final AtomicLong robots = new AtomicLong();
    private final AtomicLong sitemaps = new AtomicLong();
    private final AtomicLong listings = new AtomicLong();
    private final AtomicLong ads = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();
    private final AtomicLong disallowed = new AtomicLong();
    private final AtomicLong notFound = new AtomicLong();

    SampleSiteServer(SiteLayout layout, SiteCatalogue catalogue, int port, ExecutorService executor) throws IOException {
        this.layout = layout;
        this.catalogue = catalogue;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        this.server.setExecutor(executor);
        this.server.createContext("/", this::handle);
        this.server.start();
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String baseUrl() {
        return baseUrl;
    }

    SiteLayout layout() {
        return layout;
    }

    SiteCatalogue catalogue() {
        return catalogue;
    }

    /** The URL of the first listing page: the crawl's seed. */
    String seedUrl() {
        return baseUrl + layout.listingPath(1);
    }

    String adUrl(DemoAd ad) {
        return baseUrl + layout.adPath(ad);
    }

    SiteTraffic traffic() {
        return new SiteTraffic(robots.get(), sitemaps.get(), listings.get(), ads.get(), notModified.get(),
                disallowed.get(), notFound.get());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            respond(exchange, route(exchange.getRequestURI()), method.equals("HEAD"));
        }
    }

    private SitePage route(URI uri) {
        String path = Optional.ofNullable(uri.getRawPath()).orElse("/");
        String query = Optional.ofNullable(uri.getRawQuery()).orElse("");
        if (path.equals("/robots.txt")) {
            robots.incrementAndGet();
            return SitePage.text(200, "text/plain", robotsTxt());
        }
        if (path.equals("/sitemap.xml")) {
            sitemaps.incrementAndGet();
            return SitePage.text(200, "application/xml", sitemap());
        }
        if (path.startsWith(layout.adminPath())) {
            disallowed.incrementAndGet();
            return layout.admin();
        }
        return page(path, query);
    }

    private SitePage page(String path, String query) {
        OptionalInt listing = layout.listingPage(path, query);
        if (listing.isPresent() && listing.getAsInt() >= 1 && listing.getAsInt() <= catalogue.pageCount()) {
            listings.incrementAndGet();
            return layout.listing(catalogue, listing.getAsInt(), baseUrl);
        }
        Optional<DemoAd> ad = layout.adSlug(path).flatMap(catalogue::findAd);
        if (ad.isPresent()) {
            ads.incrementAndGet();
            return layout.ad(catalogue, ad.get(), baseUrl);
        }
        if (path.equals("/")) {
            return SitePage.redirect(layout.listingPath(1));
        }
        notFound.incrementAndGet();
        return SitePage.notFound();
    }

    private void respond(HttpExchange exchange, SitePage page, boolean head) throws IOException {
        String etag = "\"" + AdIds.sha256Hex(HexFormat.of().formatHex(page.body())).substring(0, 16) + "\"";
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", page.contentType());
        if (!page.location().isEmpty()) {
            headers.set("Location", baseUrl + page.location());
        }
        if (page.status() == 200) {
            headers.set("ETag", etag);
            page.findLastModified().ifPresent(date -> headers.set("Last-Modified", httpDate(date)));
            if (notModified(exchange, etag, page)) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
        }
        exchange.sendResponseHeaders(page.status(), head ? -1 : page.body().length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page.body());
            }
        }
    }

    private static boolean notModified(HttpExchange exchange, String etag, SitePage page) {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.contains(etag);
        }
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        return ifModifiedSince != null && page.findLastModified().map(SampleSiteServer::httpDate)
                .filter(ifModifiedSince::equals).isPresent();
    }

    private static String httpDate(String isoDate) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(
                LocalDate.parse(isoDate.substring(0, 10)).atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    private String robotsTxt() {
        return "# " + layout.id() + " robots.txt\nUser-agent: *\nDisallow: " + layout.adminPath() + "\n\n"
                + "Sitemap: " + baseUrl + "/sitemap.xml\n";
    }

    private String sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int page = 1; page <= catalogue.pageCount(); page++) {
            xml.append("<url><loc>").append(Html.escape(baseUrl + layout.listingPath(page))).append("</loc></url>\n");
        }
        for (DemoAd ad : catalogue.ads()) {
            xml.append("<url><loc>").append(Html.escape(adUrl(ad))).append("</loc>");
            if (!ad.posted().isEmpty()) {
                xml.append("<lastmod>").append(Html.escape(ad.posted().substring(0, 10))).append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
