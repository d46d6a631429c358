package org.redflag.store.config;

import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Which Elasticsearch to use and how to reach it.
 *
 * @param url            the cluster's URL, several separated by commas; empty to start the embedded node
 * @param apiKey         an encoded API key (the {@code encoded} value Elasticsearch returns); wins over basic auth
 * @param username       user for basic authentication, empty for none
 * @param password       password for basic authentication
 * @param caCertificate  PEM file of the CA that signed the cluster's certificate, for TLS; empty to use the JDK's
 * @param indexPrefix    prefix of every index and alias Redflag creates
 * @param connectTimeout how long to wait for a connection
 * @param socketTimeout  how long to wait for a response
 * @param retry          how writes are retried when Elasticsearch is overloaded or unreachable
 * @param embedded       the embedded node, used when {@code url} is empty
 */
public record ElasticsearchConfig(
        @Pattern(regexp = "^$|^https?://[^\\s,]+(\\s*,\\s*https?://[^\\s,]+)*$",
                message = "must be empty (start the embedded node) or http(s) URLs separated by commas, "
                        + "such as https://es.example.org:9200")
        String url,
        Secret apiKey,
        String username,
        Secret password,
        String caCertificate,
        @Pattern(regexp = "^[a-z0-9][a-z0-9_-]*$",
                message = "must be lower case letters, digits, '-' or '_' (Elasticsearch index names)")
        String indexPrefix,
        @DurationMin(millis = 100, message = "must be at least 100ms") Duration connectTimeout,
        @DurationMin(millis = 100, message = "must be at least 100ms") Duration socketTimeout,
        RetryConfig retry,
        EmbeddedElasticsearchConfig embedded) {

    public ElasticsearchConfig {
        url = Objects.requireNonNullElse(url, "").trim();
        apiKey = Objects.requireNonNullElse(apiKey, Secret.NONE);
        username = Objects.requireNonNullElse(username, "");
        password = Objects.requireNonNullElse(password, Secret.NONE);
        caCertificate = Objects.requireNonNullElse(caCertificate, "");
        indexPrefix = indexPrefix == null || indexPrefix.isEmpty() ? "redflag" : indexPrefix;
        connectTimeout = Objects.requireNonNullElse(connectTimeout, Duration.ofSeconds(5));
        socketTimeout = Objects.requireNonNullElse(socketTimeout, Duration.ofSeconds(60));
        Objects.requireNonNull(retry, "ElasticsearchConfig.retry");
        Objects.requireNonNull(embedded, "ElasticsearchConfig.embedded");
    }

    /** Whether Redflag starts its own node (no URL configured). */
    public boolean usesEmbeddedNode() {
        return url.isEmpty();
    }

    /** The configured URLs; empty when the embedded node is used. */
    public List<String> urls() {
        return url.isEmpty() ? List.of() : Arrays.stream(url.split(",")).map(String::trim).toList();
    }

    public Optional<Path> findCaCertificate() {
        return caCertificate.isEmpty() ? Optional.empty() : Optional.of(Path.of(caCertificate));
    }

    /** The same settings pointing at another URL, e.g. the embedded node's once it has started. */
    public ElasticsearchConfig withUrl(String newUrl) {
        return new ElasticsearchConfig(newUrl, apiKey, username, password, caCertificate, indexPrefix,
                connectTimeout, socketTimeout, retry, embedded);
    }
}
