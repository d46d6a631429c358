package org.redflag.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.redflag.app.auth.ApiKeyFile;
import org.redflag.app.auth.ApiKeyRegistry;
import org.redflag.app.runtime.RedflagApplication;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.crawler.source.SourceLoader;
import org.redflag.store.config.RedflagConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code redflag serve}: the production start, from the configuration, until SIGTERM or Ctrl-C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Runs Redflag from its configuration: Elasticsearch (the embedded node unless elasticsearch.url is set),",
            "the crawler on each source's schedule, and the API and dashboard, with the API keys of",
            "server.auth.keys_file. Stops gracefully on SIGTERM or Ctrl-C."
        })
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "config/redflag.yml",
            description = "The configuration file (default: ${DEFAULT-VALUE}). REDFLAG_... variables override it.")
    Path configFile;

    @Override
    public Integer call() throws Exception {
        RedflagApplication application;
        List<SourceConfig> sources;
        int loaded;
        try {
            RedflagConfig config = RedflagConfig.load(configFile, System.getenv());
            sources = SourceLoader.loadDirectory(config.paths().sourcesDir());
            ApiKeyRegistry keys = new ApiKeyRegistry();
            Path keysFile = Path.of(config.server().auth().keysFile());
            loaded = ApiKeyFile.load(keysFile, keys);
            application = RedflagApplication.start(config, sources, keys, List.of());
        } catch (RuntimeException | Error e) {
            LOG.error("Redflag could not start", e);
            System.err.println("Redflag could not start: " + StartFailure.describe(e));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            application.close();
            stopped.countDown();
        }, "redflag-shutdown"));
        System.out.println("Redflag is serving on " + application.dashboardUri() + " with " + sources.size()
                + " sources and " + loaded + " API keys; SIGTERM or Ctrl-C stops it.");
        stopped.await();
        return 0;
    }
}
