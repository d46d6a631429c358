package org.redflag.store.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redflag's index templates ({@code ads.json}, {@code ad-versions.json}, {@code crawl-runs.json}), read from
 * {@code config/elasticsearch/} when that directory exists, else from the copy built into the jar, with
 * {@code {{prefix}}} replaced by the index prefix.
 *
 * <p>{@link #install} is idempotent and runs at every start: it puts the templates, creates the indices that do not
 * exist yet (the ads index with its alias, this month's history and crawl-run indices), and adds new fields of the
 * templates to the mappings of existing indices. A field whose type changed cannot be updated in place: the log
 * says so, and the old mapping stays in use.
 */
public final class IndexTemplates {
    /** The templates, by file name without {@code .json}. */
    public static final List<String> NAMES = List.of("ads", "ad-versions", "crawl-runs");
    private static final Logger LOG = LoggerFactory.getLogger(IndexTemplates.class);
    private static final String CLASSPATH = "/redflag/elasticsearch/";

    private final Map<String, String> bodies;
    private final String origin;

    private IndexTemplates(Map<String, String> bodies, String origin) {
        this.bodies = Map.copyOf(bodies);
        this.origin = origin;
    }

    /** The templates in {@code directory} when it exists, else the built-in ones. */
    public static IndexTemplates fromDirectoryOrClasspath(Path directory) {
        return Files.isDirectory(directory) ? fromDirectory(directory) : fromClasspath();
    }

    public static IndexTemplates fromDirectory(Path directory) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String name : NAMES) {
            Path file = directory.resolve(name + ".json");
            try {
                bodies.put(name, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the index template " + file + ": " + e.getMessage()
                        + ". Restore it from the Redflag distribution, or remove the directory to use the built-in "
                        + "templates.", e);
            }
        }
        return new IndexTemplates(bodies, directory.toString());
    }

    public static IndexTemplates fromClasspath() {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String name : NAMES) {
            try (InputStream in = IndexTemplates.class.getResourceAsStream(CLASSPATH + name + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("The built-in index template " + CLASSPATH + name
                            + ".json is missing from the class path: rebuild Redflag");
                }
                bodies.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new IndexTemplates(bodies, "built-in templates");
    }

    /** The template body with the prefix filled in. */
    public String body(String name, String prefix) {
        String body = bodies.get(name);
        if (body == null) {
            throw new IllegalArgumentException("No index template '" + name + "': expected one of " + NAMES);
        }
        return body.replace("{{prefix}}", prefix);
    }

    /** Puts the templates and creates missing indices; safe to run any number of times. */
    void install(RestClient client, IndexNames names, Instant now) throws IOException {
        for (String name : NAMES) {
            put(client, "/_index_template/" + names.template(name), body(name, names.prefix()));
        }
        if (!exists(client, "/_alias/" + names.ads())) {
            create(client, names.firstAdsIndex(), "{\"aliases\":{\"" + names.ads() + "\":{\"is_write_index\":true}}}");
        }
        create(client, names.versionsIndex(now), "{}");
        create(client, names.runsIndex(now), "{}");
        updateMapping(client, names.ads(), "ads", names.prefix());
        updateMapping(client, names.versions(), "ad-versions", names.prefix());
        updateMapping(client, names.runs(), "crawl-runs", names.prefix());
        LOG.info("Elasticsearch indices ready under the prefix '{}' ({})", names.prefix(), origin);
    }

    private void updateMapping(RestClient client, String alias, String template, String prefix) throws IOException {
        JsonNode mappings = StoreJson.MAPPER.readTree(body(template, prefix)).path("template").path("mappings");
        try {
            put(client, "/" + alias + "/_mapping", StoreJson.MAPPER.writeValueAsString(mappings));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 400) {
                throw e;
            }
            LOG.warn("The mapping of {} differs from the template {} in a way that cannot be applied in place; the "
                    + "existing mapping stays in use. To apply it, create a new index from the template and move "
                    + "the data and the alias. Elasticsearch said: {}", alias, template, e.getMessage());
        }
    }

    private static void create(RestClient client, String index, String body) throws IOException {
        if (exists(client, "/" + index)) {
            return;
        }
        try {
            put(client, "/" + index, body);
            LOG.info("Created the Elasticsearch index {}", index);
        } catch (ResponseException e) {
            if (!e.getMessage().contains("resource_already_exists_exception")) {
                throw e;
            }
        }
    }

    private static boolean exists(RestClient client, String path) throws IOException {
        try {
            return client.performRequest(new Request("HEAD", path)).getStatusLine().getStatusCode() == 200;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private static void put(RestClient client, String path, String body) throws IOException {
        Request request = new Request("PUT", path);
        request.setJsonEntity(body);
        client.performRequest(request);
    }
}
