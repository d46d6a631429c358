package org.redflag.store.elasticsearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the node's configuration directory ({@code ES_PATH_CONF}): {@code elasticsearch.yml},
 * {@code jvm.options} and {@code log4j2.properties}, rewritten at every start. The unpacked distribution is never
 * modified, so one copy can serve several nodes.
 *
 * <p>Only settings of the modules this distribution has (transport-netty4, x-pack-core, x-pack-security, apm) are
 * used: an unknown setting stops Elasticsearch at start-up.
 */
final class NodeConfigWriter {
    private static final List<String> COPIED = List.of("roles.yml", "role_mapping.yml", "users", "users_roles");

    private NodeConfigWriter() {
    }

    static void write(EmbeddedNodeOptions options, Path distribution, NodePorts ports) throws IOException {
        Path config = options.configDir();
        Files.createDirectories(config.resolve("jvm.options.d"));
        for (String name : COPIED) {
            Path source = distribution.resolve("config").resolve(name);
            if (Files.exists(source) && !Files.exists(config.resolve(name))) {
                Files.copy(source, config.resolve(name));
            }
        }
        Files.writeString(config.resolve("elasticsearch.yml"), elasticsearchYml(options, ports),
                StandardCharsets.UTF_8);
        Files.writeString(config.resolve("jvm.options"), jvmOptions(options), StandardCharsets.UTF_8);
        Files.writeString(config.resolve("log4j2.properties"), LOG4J, StandardCharsets.UTF_8);
    }

    static String elasticsearchYml(EmbeddedNodeOptions options, NodePorts ports) {
        return String.join("\n",
                "# Written by Redflag at every start of its embedded node; edits are overwritten.",
                "cluster.name: redflag",
                "node.name: redflag-embedded",
                "path.data: " + quoted(options.dataDir()),
                "path.logs: " + quoted(options.nodeLogsDir()),
                "network.host: 127.0.0.1",
                "http.port: " + ports.http(),
                "transport.port: " + ports.transport(),
                "discovery.type: single-node",
                "# Loopback only, so no authentication; a cluster reachable by others must use elasticsearch.url.",
                "xpack.security.enabled: false",
                "# A laptop disk that is 95% full must not turn the indices read-only; Redflag checks free space.",
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "action.destructive_requires_name: true",
                "");
    }

    private static String jvmOptions(EmbeddedNodeOptions options) {
        return String.join("\n",
                "-XX:+UseG1GC",
                "-Djava.io.tmpdir=${ES_TMPDIR}",
                "20-:--add-modules=jdk.incubator.vector",
                "-Dorg.apache.lucene.store.MMapDirectory.sharedArenaMaxPermits=1",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:ErrorFile=" + options.nodeLogsDir().resolve("hs_err_pid%p.log"),
                "-Xlog:disable",
                "-Xlog:all=warning:stderr:utctime,level,tags",
                "");
    }

    private static String quoted(Path path) {
        return "\"" + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static final String LOG4J = String.join("\n",
            "# Written by Redflag: everything to the console, which Redflag sends to its elasticsearch.log.",
            "status = error",
            "appender.console.type = Console",
            "appender.console.name = console",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = "
                    + "[%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%consoleException%n",
            "rootLogger.level = info",
            "rootLogger.appenderRef.console.ref = console",
            "logger.deprecation.name = org.elasticsearch.deprecation",
            "logger.deprecation.level = error",
            "");
}
