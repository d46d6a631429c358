package org.redflag.crawler.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redflag.classifier.Classification;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;
import org.redflag.store.AdDocument;
import org.redflag.store.AdStore;
import org.redflag.store.CrawlRun;

/**
 * A write-only {@link AdStore} that appends one JSON object per saved ad to a file (JSON Lines), for
 * {@code redflag crawl --out FILE}: no Elasticsearch needed, and memory stays flat however many ads are written.
 * It remembers no ads: {@link #findAd} and {@link #findNearDuplicates} find nothing (a one-off crawl sees every ad
 * as new; reposts within the run are still linked by the run's own fingerprint index), and removal marks are
 * ignored. Crawl runs are kept in memory.
 *
 * <p>Each line has {@code url}, {@code canonical_url}, {@code title}, {@code text}, {@code company},
 * {@code location}, {@code salary}, {@code contact}, {@code posted_date}, {@code images}, {@code id},
 * {@code source_id}, {@code platform}, {@code risk}, {@code flagged}, {@code deception}, {@code language},
 * {@code indicators} (id, element, exploitation, weight, evidence), {@code repost_of}, {@code version}.
 */
public final class JsonLinesAdStore implements AdStore, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedWriter out;
    private final List<CrawlRun> runs = new ArrayList<>();
    private long written;

    public JsonLinesAdStore(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<AdDocument> findAd(String id) {
        return Optional.empty();
    }

    @Override
    public List<AdDocument> findAds(Collection<String> ids) {
        return List.of();
    }

    @Override
    public synchronized void saveAds(List<AdDocument> ads) {
        try {
            for (AdDocument ad : ads) {
                out.write(JSON.writeValueAsString(line(ad)));
                out.write('\n');
                written++;
            }
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an ad as JSON: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the output file: " + e.getMessage(), e);
        }
    }

    /** Ads written so far. */
    public synchronized long written() {
        return written;
    }

    static Map<String, Object> line(AdDocument ad) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", ad.url());
        m.put("canonical_url", ad.canonicalUrl());
        m.put("title", ad.fields().title());
        m.put("text", ad.fields().text());
        m.put("company", ad.fields().company());
        m.put("location", ad.fields().location());
        m.put("salary", ad.fields().salary());
        m.put("contact", ad.fields().contact());
        m.put("posted_date", ad.fields().postedDate());
        m.put("images", ad.fields().images());
        m.put("id", ad.id());
        m.put("source_id", ad.sourceId());
        m.put("platform", ad.platform());
        Classification c = ad.classification();
        m.put("risk", c.risk());
        m.put("flagged", c.flagged());
        m.put("deception", c.deception());
        m.put("language", c.language());
        m.put("indicators", c.indicators().stream().map(JsonLinesAdStore::indicator).toList());
        m.put("repost_of", ad.repostOf());
        m.put("version", ad.version());
        return m;
    }

    private static Map<String, Object> indicator(IndicatorHit hit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", hit.id());
        m.put("element", hit.element().name().toLowerCase(java.util.Locale.ROOT));
        m.put("exploitation", hit.exploitation());
        m.put("weight", hit.weight());
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Evidence e : hit.evidence()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("field", e.field());
            em.put("start", e.start());
            em.put("end", e.end());
            em.put("text", e.text());
            evidence.add(em);
        }
        m.put("evidence", evidence);
        return m;
    }

    @Override
    public List<String> findLiveAdIdsNotSeenSince(String sourceId, Instant since) {
        return List.of();
    }

    @Override
    public void markRemoved(Collection<String> ids, Instant at) {
        // a one-off crawl to a file has no earlier ads to mark
    }

    @Override
    public List<AdDocument> findNearDuplicates(long fingerprint, int maxDistance, int limit) {
        return List.of();
    }

    @Override
    public synchronized void saveCrawlRun(CrawlRun run) {
        runs.removeIf(r -> r.id().equals(run.id()));
        runs.add(run);
    }

    @Override
    public synchronized List<CrawlRun> recentCrawlRuns(String sourceId, int limit) {
        return runs.stream().filter(r -> sourceId.isEmpty() || r.sourceId().equals(sourceId))
                .sorted(java.util.Comparator.comparing(CrawlRun::started).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the output file: " + e.getMessage(), e);
        }
    }
}
