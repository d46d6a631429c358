package org.redflag.store.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.redflag.store.config.ElasticsearchConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection to an Elasticsearch cluster: the low-level {@link RestClient} and the typed
 * {@link ElasticsearchClient} on top of it, authenticated with an API key or basic auth, over TLS trusting a
 * configured CA certificate when one is given. Thread-safe; close it once at shutdown.
 *
 * <p>The connection outlives restarts of the cluster: requests fail while it is down and work again once it is
 * back.
 */
public final class ElasticsearchConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchConnection.class);

    private final ElasticsearchConfig config;
    private final RestClient restClient;
    private final ElasticsearchClient client;

    private ElasticsearchConnection(ElasticsearchConfig config, RestClient restClient, ObjectMapper mapper) {
        this.config = config;
        this.restClient = restClient;
        this.client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(mapper)));
    }

    /**
     * Connects to the cluster at {@code config.url()} (no request is sent yet).
     *
     * @throws IllegalArgumentException when no URL is configured (start the embedded node first and pass
     *                                  {@code config.withUrl(node.url())})
     * @throws UncheckedIOException     when the CA certificate cannot be read
     */
    public static ElasticsearchConnection open(ElasticsearchConfig config) {
        if (config.usesEmbeddedNode()) {
            throw new IllegalArgumentException("elasticsearch.url is empty: start EmbeddedElasticsearch and connect "
                    + "with config.withUrl(node.url())");
        }
        HttpHost[] hosts = config.urls().stream().map(HttpHost::create).toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts)
                .setRequestConfigCallback(request -> request
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setSocketTimeout((int) config.socketTimeout().toMillis()))
                .setHttpClientConfigCallback(http -> secure(http, config));
        if (config.apiKey().isPresent()) {
            builder.setDefaultHeaders(new Header[] {
                    new BasicHeader("Authorization", "ApiKey " + config.apiKey().reveal())});
        }
        LOG.info("Connecting to Elasticsearch at {} ({})", config.urls(), describeAuth(config));
        return new ElasticsearchConnection(config, builder.build(), StoreJson.MAPPER);
    }

    public ElasticsearchClient client() {
        return client;
    }

    public RestClient restClient() {
        return restClient;
    }

    public ElasticsearchConfig config() {
        return config;
    }

    @Override
    public void close() {
        try {
            restClient.close();
        } catch (IOException e) {
            LOG.debug("Closing the Elasticsearch client failed", e);
        }
    }

    private static HttpAsyncClientBuilder secure(HttpAsyncClientBuilder http, ElasticsearchConfig config) {
        if (!config.username().isEmpty() && !config.apiKey().isPresent()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY,
                    new UsernamePasswordCredentials(config.username(), config.password().reveal()));
            http.setDefaultCredentialsProvider(credentials);
        }
        config.findCaCertificate().ifPresent(ca -> http.setSSLContext(trusting(ca)));
        return http;
    }

    /** An SSL context that trusts the certificates in a PEM file. */
    static SSLContext trusting(Path caCertificate) {
        try (InputStream in = Files.newInputStream(caCertificate)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IOException("no certificate in it");
            }
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates) {
                trust.setCertificateEntry("ca-" + i++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new UncheckedIOException(new IOException("Cannot use elasticsearch.ca_certificate "
                    + caCertificate + ": " + e.getMessage() + ". It must be a PEM file of the CA certificate "
                    + "(-----BEGIN CERTIFICATE-----).", e));
        }
    }

    private static String describeAuth(ElasticsearchConfig config) {
        List<String> parts = new java.util.ArrayList<>();
        if (config.apiKey().isPresent()) {
            parts.add("API key");
        } else if (!config.username().isEmpty()) {
            parts.add("basic auth as " + config.username());
        } else {
            parts.add("no authentication");
        }
        config.findCaCertificate().ifPresent(ca -> parts.add("trusting CA " + ca));
        return String.join(", ", parts);
    }
}
