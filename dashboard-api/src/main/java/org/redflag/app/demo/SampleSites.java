package org.redflag.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled sample job boards, each on its own loopback port: Harbour Jobs (English, JSON-LD) and 华人街 Huarenjie
 * (Chinese, table markup, partly GB18030). Started together, stopped together.
 *
 * <p>Thread-safe; pages are rendered on request by a small shared pool of threads.
 */
public final class SampleSites implements AutoCloseable {
    /** Ads per listing page, as on most job boards. */
    public static final int PAGE_SIZE = 10;
    private static final Logger LOG = LoggerFactory.getLogger(SampleSites.class);

    private final ExecutorService executor;
    private final List<SampleSiteServer> servers;

    private SampleSites(ExecutorService executor, List<SampleSiteServer> servers) {
        this.executor = executor;
        this.servers = List.copyOf(servers);
    }

    /** Starts both sites on free loopback ports. */
    public static SampleSites start() {
        return start(Map.of());
    }

    /**
     * Starts both sites, each on its preferred loopback port when it is free (a later demo then finds its ads at
     * the same URLs), else on any free port.
     *
     * @param preferredPorts ports by site id; sites not named get any free port
     */
    public static SampleSites start(Map<String, Integer> preferredPorts) {
        DemoAdReader reader = new DemoAdReader();
        ExecutorService executor = Executors.newFixedThreadPool(4, daemonThreads());
        List<SampleSiteServer> servers = new ArrayList<>();
        try {
            for (SiteLayout layout : List.of(new HarbourJobsLayout(), new HuarenjieLayout())) {
                servers.add(serve(layout, reader, preferredPorts.getOrDefault(layout.id(), 0), executor));
            }
        } catch (IOException | RuntimeException e) {
            servers.forEach(SampleSiteServer::close);
            executor.shutdownNow();
            throw e instanceof IOException io
                    ? new UncheckedIOException("Cannot start the sample sites on 127.0.0.1: " + io.getMessage()
                            + " (is the port taken?)", io)
                    : (RuntimeException) e;
        }
        return new SampleSites(executor, servers);
    }

    private static SampleSiteServer serve(SiteLayout layout, DemoAdReader reader, int port, ExecutorService executor)
            throws IOException {
        SiteCatalogue catalogue = new SiteCatalogue(reader.read(layout.adsResource()), PAGE_SIZE);
        SampleSiteServer server;
        try {
            server = new SampleSiteServer(layout, catalogue, port, executor);
        } catch (java.net.BindException e) {
            LOG.info("Port {} is taken: sample site {} takes another one", port, layout.id());
            server = new SampleSiteServer(layout, catalogue, 0, executor);
        }
        LOG.info("Sample site {} serves {} ads on {}", layout.id(), catalogue.ads().size(), server.baseUrl());
        return server;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "sample-site");
            thread.setDaemon(true);
            return thread;
        };
    }

    public List<SampleSite> sites() {
        return servers.stream().map(SampleSites::describe).toList();
    }

    /** The site with this id; throws naming the ids there are. */
    public SampleSite expectSite(String id) {
        return sites().stream().filter(site -> site.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No sample site '" + id + "': there are "
                        + sites().stream().map(SampleSite::id).toList()));
    }

    /** The port of each site, by site id. */
    public Map<String, Integer> ports() {
        return servers.stream().collect(Collectors.toMap(server -> server.layout().id(),
                server -> Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1))));
    }

    /** What the site with this id has served so far. */
    public SiteTraffic traffic(String id) {
        return servers.stream().filter(server -> server.layout().id().equals(id)).findFirst()
                .map(SampleSiteServer::traffic)
                .orElseThrow(() -> new NoSuchElementException("No sample site '" + id + "'"));
    }

    /** The sample ad whose page is at this URL, on any site. */
    public Optional<DemoAd> findAd(String url) {
        return sites().stream().map(site -> site.findAd(url)).flatMap(Optional::stream).findFirst();
    }

    private static SampleSite describe(SampleSiteServer server) {
        Map<String, DemoAd> byUrl = server.catalogue().ads().stream()
                .collect(Collectors.toMap(server::adUrl, Function.identity()));
        return new SampleSite(server.layout().id(), server.baseUrl(), server.seedUrl(), byUrl);
    }

    @Override
    public void close() {
        servers.forEach(SampleSiteServer::close);
        executor.shutdownNow();
    }
}
