package org.redflag.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.store.config.ConfigLoader;
import org.redflag.store.config.ElasticsearchConfig;
import org.redflag.store.config.RedflagConfig;

/** What the connection sends, checked against a real local HTTP server standing in for a secured cluster. */
class ElasticsearchConnectionTest {
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "" : auth);
            byte[] body = "{\"cluster_name\":\"c\",\"status\":\"green\",\"timed_out\":false}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private ElasticsearchConfig config(String extra) {
        String yaml = "elasticsearch:\n  url: http://127.0.0.1:" + server.getAddress().getPort() + "\n" + extra;
        return ConfigLoader.of(RedflagConfig.class).parse(yaml, "test").elasticsearch();
    }

    @Test
    void sendsTheApiKey() throws IOException {
        try (ElasticsearchConnection connection = ElasticsearchConnection.open(config("  api_key: a2V5OnNlY3JldA==\n"
                + "  username: ignored\n  password: ignored\n"))) {
            connection.restClient().performRequest(new org.elasticsearch.client.Request("GET", "/_cluster/health"));
        }

        assertThat(authorizations).containsExactly("ApiKey a2V5OnNlY3JldA==");
    }

    @Test
    void answersBasicAuthChallengesWithTheConfiguredUser() throws IOException {
        server.removeContext("/");
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "" : auth);
            if (auth == null) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\"");
                exchange.sendResponseHeaders(401, -1);
            } else {
                byte[] body = "{\"cluster_name\":\"c\",\"status\":\"yellow\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });

        try (ElasticsearchConnection connection = ElasticsearchConnection.open(
                config("  username: redflag\n  password: s3cret\n"))) {
            connection.restClient().performRequest(new org.elasticsearch.client.Request("GET", "/_cluster/health"));
        }

        String expected = "Basic " + Base64.getEncoder().encodeToString("redflag:s3cret".getBytes(
                StandardCharsets.UTF_8));
        assertThat(authorizations).contains(expected);
    }

    @Test
    void trustsTheCertificatesOfAPemFile(@TempDir Path dir) throws Exception {
        Path pem = dir.resolve("ca.pem");
        Files.writeString(pem, pem(anyJdkCaCertificate()));

        SSLContext context = ElasticsearchConnection.trusting(pem);

        assertThat(context.getProtocol()).isEqualTo("TLS");
    }

    @Test
    void unreadableCaCertificateSaysWhatItMustBe(@TempDir Path dir) throws IOException {
        Path notPem = Files.writeString(dir.resolve("ca.pem"), "not a certificate");

        assertThatThrownBy(() -> ElasticsearchConnection.trusting(notPem))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("elasticsearch.ca_certificate " + notPem)
                .hasMessageContaining("BEGIN CERTIFICATE");
    }

    @Test
    void refusesAnEmptyUrl() {
        ElasticsearchConfig embedded = RedflagConfig.defaults().elasticsearch();

        assertThatThrownBy(() -> ElasticsearchConnection.open(embedded))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EmbeddedElasticsearch");
    }

    private static Certificate anyJdkCaCertificate() throws Exception {
        KeyStore cacerts = KeyStore.getInstance(KeyStore.getDefaultType());
        Path file = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            cacerts.load(in, null);
        }
        return cacerts.getCertificate(cacerts.aliases().nextElement());
    }

    private static String pem(Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(
                certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
