package org.redflag.crawler.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.quartz.CronExpression;

/**
 * Reads and validates source files ({@code config/sources/*.yml}). Every key, its default and its meaning is
 * documented in {@code config/sources/example.yml}.
 *
 * <pre>{@code
 * List<SourceConfig> sources = SourceLoader.loadDirectory(Path.of("config/sources"));
 * SourceConfig one = SourceLoader.loadFile(Path.of("config/sources/demo-jobs.yml"));
 * }</pre>
 *
 * <p>Errors are {@link SourceConfigException}s naming the file, the key path and what is allowed.
 */
public final class SourceLoader {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_KEYS = Set.of("id", "name", "platform", "seeds", "allowed_hosts", "urls",
            "pagination", "selectors", "schedule", "politeness", "limits", "user_agent", "follow_sitemaps",
            "allow_private_addresses", "enabled");

    private SourceLoader() {
    }

    /**
     * Every {@code *.yml} and {@code *.yaml} file in a directory, sorted by file name. Files whose name starts with
     * {@code _} are skipped (templates). Ids must be unique across files.
     */
    public static List<SourceConfig> loadDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new SourceConfigException(dir, "", "is not a directory of source files; create it or point "
                    + "the configuration at the right place");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(SourceLoader::isSourceFile).sorted().toList();
        } catch (IOException e) {
            throw new SourceConfigException(dir, "", "cannot be listed: " + e.getMessage(), e);
        }
        Map<String, Path> seen = new HashMap<>();
        List<SourceConfig> sources = new ArrayList<>();
        for (Path file : files) {
            SourceConfig source = loadFile(file);
            Path other = seen.putIfAbsent(source.id(), file);
            if (other != null) {
                throw new SourceConfigException(file, "id", "value '" + source.id() + "' is already used by "
                        + other + "; every source needs its own id");
            }
            sources.add(source);
        }
        return sources;
    }

    /** One source file. */
    public static SourceConfig loadFile(Path file) {
        JsonNode root;
        String text;
        try {
            text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            root = YAML.readTree(text);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new SourceConfigException(file, "", "is not valid YAML" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SourceConfigException(file, "", "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new SourceConfigException(file, "", "is empty; a source needs at least 'id' and 'seeds'");
        }
        return parse(new YamlSection(file, KeyLines.of(text), "", root));
    }

    static SourceConfig parse(YamlSection top) {
        top.rejectUnknownKeys(TOP_KEYS);
        String id = top.requiredString("id", "a short name such as 'example-jobs' (lower case, digits, - and _)");
        if (!ID.matcher(id).matches()) {
            throw top.error("id", "value '" + id + "' must be lower case letters, digits, '-' or '_' (max 64)");
        }
        List<String> seeds = seeds(top);
        Set<String> hosts = new LinkedHashSet<>();
        for (String h : top.strings("allowed_hosts")) {
            hosts.add(h.trim().toLowerCase(Locale.ROOT));
        }
        Schedule schedule = schedule(top.section("schedule"), top.bool("enabled", true));
        return new SourceConfig(id, top.string("name", id), top.string("platform", id), seeds, hosts,
                urlRules(top.section("urls")), pagination(top.section("pagination")),
                selectors(top.section("selectors")), schedule, politeness(top.section("politeness")),
                limits(top.section("limits")), top.string("user_agent", SourceConfig.DEFAULT_USER_AGENT),
                top.bool("follow_sitemaps", true), top.bool("allow_private_addresses", false));
    }

    private static List<String> seeds(YamlSection top) {
        List<String> seeds = top.strings("seeds");
        if (seeds.isEmpty()) {
            throw top.error("seeds", "is required: list at least one listing page or sitemap URL");
        }
        for (int i = 0; i < seeds.size(); i++) {
            String seed = seeds.get(i).trim();
            if (!isHttpUrl(seed)) {
                throw top.error("seeds[" + i + "]", "value '" + seed + "' is not an absolute http(s) URL");
            }
        }
        return seeds.stream().map(String::trim).toList();
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI uri = new URI(s);
            return uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static UrlRules urlRules(YamlSection s) {
        s.rejectUnknownKeys(Set.of("ad_patterns", "listing_patterns", "exclude_patterns", "follow_other"));
        return new UrlRules(patterns(s, "ad_patterns"), patterns(s, "listing_patterns"),
                patterns(s, "exclude_patterns"), s.bool("follow_other", false));
    }

    private static List<Pattern> patterns(YamlSection s, String key) {
        List<String> texts = s.strings(key);
        List<Pattern> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                out.add(Pattern.compile(texts.get(i)));
            } catch (PatternSyntaxException e) {
                throw s.error(s.keyPath(key) + "[" + i + "]", "value '" + texts.get(i)
                        + "' is not a valid regular expression: " + e.getDescription());
            }
        }
        return out;
    }

    private static Pagination pagination(YamlSection s) {
        s.rejectUnknownKeys(Set.of("next_selector", "max_pages"));
        String next = s.string("next_selector", "");
        checkSelector(s, "next_selector", next);
        return new Pagination(next, s.integer("max_pages", Pagination.DEFAULT.maxPages(), 0));
    }

    private static Selectors selectors(YamlSection s) {
        s.rejectUnknownKeys(Set.copyOf(Selectors.KEYS));
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String key : Selectors.KEYS) {
            String css = s.string(key, "");
            checkSelector(s, key, css);
            byKey.put(key, css);
        }
        return Selectors.of(byKey);
    }

    private static void checkSelector(YamlSection s, String key, String css) {
        if (css.isBlank()) {
            return;
        }
        try {
            QueryParser.parse(css);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw s.error(s.keyPath(key), "value '" + css + "' is not a valid CSS selector: " + e.getMessage());
        }
    }

    private static Schedule schedule(YamlSection s, boolean enabledTop) {
        s.rejectUnknownKeys(Set.of("cron", "enabled"));
        String cron = s.string("cron", Schedule.DEFAULT.cron()).trim();
        try {
            CronExpression.validateExpression(cron);
        } catch (ParseException e) {
            throw s.error(s.keyPath("cron"), "value '" + cron + "' is not a Quartz cron expression ("
                    + e.getMessage() + "); fields are: second minute hour day-of-month month day-of-week, "
                    + "e.g. '0 0 */6 * * ?'");
        }
        return new Schedule(cron, s.bool("enabled", true) && enabledTop);
    }

    private static Politeness politeness(YamlSection s) {
        s.rejectUnknownKeys(Set.of("delay", "concurrency"));
        return new Politeness(s.duration("delay", Politeness.DEFAULT.delay()),
                s.integer("concurrency", Politeness.DEFAULT.concurrency(), 1));
    }

    private static Limits limits(YamlSection s) {
        s.rejectUnknownKeys(Set.of("max_pages", "max_depth", "max_bytes", "max_duration", "fetch_timeout",
                "max_redirects", "max_urls_per_host", "max_query_params", "max_repeated_segments",
                "max_calendar_urls", "max_retries"));
        Limits d = Limits.DEFAULT;
        return new Limits(s.integer("max_pages", d.maxPages(), 1), s.integer("max_depth", d.maxDepth(), 0),
                s.size("max_bytes", d.maxBytes()), s.duration("max_duration", d.maxDuration()),
                s.duration("fetch_timeout", d.fetchTimeout()), s.integer("max_redirects", d.maxRedirects(), 0),
                s.integer("max_urls_per_host", d.maxUrlsPerHost(), 1),
                s.integer("max_query_params", d.maxQueryParams(), 0),
                s.integer("max_repeated_segments", d.maxRepeatedSegments(), 1),
                s.integer("max_calendar_urls", d.maxCalendarUrls(), 0),
                s.integer("max_retries", d.maxRetries(), 0));
    }

    private static boolean isSourceFile(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && !name.startsWith("_") && (name.endsWith(".yml") || name.endsWith(".yaml"));
    }
}
