package org.redflag.store.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.redflag.store.AdDocument;
import org.redflag.store.AdHits;
import org.redflag.store.AdQuery;
import org.redflag.store.AdSearchStore;
import org.redflag.store.AdStore;
import org.redflag.store.AdTriage;
import org.redflag.store.CrawlRun;
import org.redflag.store.PlatformReply;
import org.redflag.store.StoreRejectedException;
import org.redflag.store.StoredAd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ads, their history and the crawl runs in Elasticsearch (index layout: {@link IndexNames}, mappings:
 * {@code config/elasticsearch/}).
 *
 * <p>Writes are bulk requests with ids derived from the ads, so repeating one is harmless. An ad whose content hash
 * changed has its previous version copied to the history before the new one is written. Ads are written as partial
 * updates (upserts), so the review state kept in the same document survives re-crawls. Failures of whole requests,
 * and items refused with 429 or 5xx, are retried with exponential backoff ({@code elasticsearch.retry}); then
 * {@link org.redflag.store.StoreUnavailableException} tells the caller to retry later. Removals and triage writes are
 * partial updates guarded by {@code if_seq_no}/{@code if_primary_term}.
 *
 * <p>Thread-safe. Close the {@link ElasticsearchConnection} it was opened with, not the store.
 */
public final class ElasticsearchAdStore implements AdStore, AdSearchStore {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchAdStore.class);
    private static final int CONFLICT_ROUNDS = 5;
    private static final int PAGE = 1000;
    private static final int NEAR_DUPLICATE_CANDIDATES = 2000;
    private static final java.util.regex.Pattern MONTHLY = java.util.regex.Pattern.compile("-(\\d{4})\\.(\\d{2})$");

    private final AdIndex index;
    private final IndexNames names;
    private final BulkWriter bulk;
    private final AdReviews reviews;

    ElasticsearchAdStore(ElasticsearchConnection connection, IndexTemplates templates, Clock clock) {
        this.names = new IndexNames(connection.config().indexPrefix());
        Retrier retrier = new Retrier(connection.config().retry(), String.join(",", connection.config().urls()));
        this.index = new AdIndex(connection.client(), names, retrier);
        this.bulk = new BulkWriter(connection.client(), retrier);
        this.reviews = new AdReviews(index);
        retrier.call("installing the index templates",
                () -> {
                    templates.install(connection.restClient(), names, clock.instant());
                    return null;
                });
    }

    /** Opens the store, installing the templates of {@code config/elasticsearch/} (or the built-in ones). */
    public static ElasticsearchAdStore open(ElasticsearchConnection connection) {
        return open(connection, IndexTemplates.fromDirectoryOrClasspath(java.nio.file.Path.of("config",
                "elasticsearch")));
    }

    /** Opens the store with these templates, installing them (idempotent). */
    public static ElasticsearchAdStore open(ElasticsearchConnection connection, IndexTemplates templates) {
        return new ElasticsearchAdStore(connection, templates, Clock.systemUTC());
    }

    /** The index and alias names in use. */
    public IndexNames names() {
        return names;
    }

    /** Makes every write to the ads so far visible to searches (searches here refresh as needed anyway). */
    public void refresh() {
        index.refresh();
    }

    /**
     * Deletes the monthly history and crawl-run indices of the months before {@code month} (retention: old
     * versions and runs go a whole index at a time, by name).
     *
     * @return the names of the deleted indices
     */
    public List<String> deleteHistoryBefore(YearMonth month) {
        List<String> old = new ArrayList<>();
        for (String alias : List.of(names.versions(), names.runs())) {
            Set<String> indices = index.retrier().call("listing the indices of " + alias,
                    () -> index.client().indices().getAlias(a -> a.name(alias).ignoreUnavailable(true))).result()
                    .keySet();
            indices.stream().filter(name -> monthOf(name).filter(m -> m.isBefore(month)).isPresent()).sorted()
                    .forEach(old::add);
        }
        if (!old.isEmpty()) {
            index.retrier().call("deleting " + old, () -> index.client().indices().delete(d -> d.index(old)));
            LOG.info("Deleted history and crawl-run indices before {}: {}", month, old);
        }
        return old;
    }

    private static Optional<YearMonth> monthOf(String indexName) {
        java.util.regex.Matcher matcher = MONTHLY.matcher(indexName);
        return matcher.find() ? Optional.of(YearMonth.of(Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)))) : Optional.empty();
    }

    @Override
    public Optional<AdDocument> findAd(String id) {
        return index.get(id).map(hit -> AdJson.fromJson(hit.source()));
    }

    @Override
    public List<AdDocument> findAds(Collection<String> ids) {
        return index.getAll(new LinkedHashSet<>(ids)).stream().map(hit -> AdJson.fromJson(hit.source())).toList();
    }

    @Override
    public void saveAds(List<AdDocument> ads) {
        if (ads.isEmpty()) {
            return;
        }
        Map<String, AdDocument> latest = new LinkedHashMap<>();
        ads.forEach(ad -> latest.put(ad.id(), ad));
        Map<String, String> rejected = new LinkedHashMap<>();
        List<String> ids = List.copyOf(latest.keySet());
        for (int from = 0; from < ids.size(); from += BulkWriter.CHUNK) {
            List<AdDocument> chunk = ids.subList(from, Math.min(ids.size(), from + BulkWriter.CHUNK)).stream()
                    .map(latest::get).toList();
            rejected.putAll(saveChunk(chunk));
        }
        if (!rejected.isEmpty()) {
            throw new StoreRejectedException(rejected);
        }
    }

    private Map<String, String> saveChunk(List<AdDocument> ads) {
        Map<String, String> storedHashes = index.getAll(ads.stream().map(AdDocument::id).toList(),
                List.of("content_hash")).stream()
                .collect(Collectors.toMap(AdIndex.Hit::id, hit -> AdJson.text(hit.source(), "content_hash")));
        List<String> edited = ads.stream()
                .filter(ad -> storedHashes.containsKey(ad.id()) && !storedHashes.get(ad.id()).equals(ad.contentHash()))
                .map(AdDocument::id).toList();
        Map<String, String> newHashes = ads.stream().collect(Collectors.toMap(AdDocument::id,
                AdDocument::contentHash));
        List<BulkOperation> history = index.getAll(edited).stream()
                .map(previous -> versionOperation(previous.source(), newHashes.get(previous.id()))).toList();
        if (!history.isEmpty()) {
            index.markDirty(names.versions());
        }
        Map<String, String> rejected = new LinkedHashMap<>(bulk.write("saving ad history", history).rejected());
        List<BulkOperation> current = ads.stream()
                .map(ad -> storedHashes.containsKey(ad.id()) ? update(ad) : create(ad)).toList();
        index.markDirty();
        BulkWriter.Outcome outcome = bulk.write("saving " + ads.size() + " ads", current);
        rejected.putAll(outcome.rejected());
        if (!outcome.conflicts().isEmpty()) {
            List<BulkOperation> updates = ads.stream().filter(ad -> outcome.conflicts().contains(ad.id()))
                    .map(this::update).toList();
            rejected.putAll(bulk.write("saving " + updates.size() + " ads written meanwhile", updates).rejected());
        }
        return rejected;
    }

    private BulkOperation versionOperation(ObjectNode previous, String newHash) {
        ObjectNode version = previous.deepCopy();
        version.remove(List.of("triage", "platform_reply"));
        version.put("superseded_by_hash", newHash);
        String id = AdJson.text(previous, "id") + "-v" + previous.path("version").asInt() + "-"
                + AdJson.text(previous, "content_hash");
        String target = names.versionsIndex(AdJson.instant(previous, "last_seen"));
        return BulkOperation.of(b -> b.index(i -> i.index(target).id(id).document(version)));
    }

    /** A stored ad: a partial update, so the review state in the same document stays. */
    private BulkOperation update(AdDocument ad) {
        ObjectNode doc = AdJson.toJson(ad);
        return BulkOperation.of(b -> b.update(u -> u.index(names.ads()).id(ad.id())
                .action(a -> a.doc(doc).docAsUpsert(true))));
    }

    /**
     * A new ad: a plain index request, cheaper than an update. Should a review have been written since the ad was
     * found missing, the create fails with a conflict and the ad is written as an update instead.
     */
    private BulkOperation create(AdDocument ad) {
        ObjectNode doc = AdJson.toJson(ad);
        return BulkOperation.of(b -> b.create(c -> c.index(names.ads()).id(ad.id()).document(doc)));
    }

    @Override
    public List<String> findLiveAdIdsNotSeenSince(String sourceId, Instant since) {
        index.refreshIfDirty();
        Query query = Query.of(q -> q.bool(b -> b
                .filter(AdQueryTranslator.term("source_id", FieldValue.of(sourceId)))
                .filter(f -> f.range(r -> r.date(d -> d.field("last_seen").lt(since.toString()))))
                .mustNot(m -> m.exists(e -> e.field("removed_at")))));
        List<String> ids = new ArrayList<>();
        List<FieldValue> after = List.of();
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<Void> page = index.retrier().call("listing ads not seen since " + since,
                    () -> index.client().search(s -> {
                        s.index(names.ads()).query(query).size(PAGE).source(src -> src.fetch(false))
                                .sort(AdQueryTranslator.asc("id"));
                        return searchAfter.isEmpty() ? s : s.searchAfter(searchAfter);
                    }, Void.class));
            List<Hit<Void>> hits = page.hits().hits();
            hits.forEach(hit -> ids.add(hit.id()));
            if (hits.size() < PAGE) {
                return ids;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    @Override
    public void markRemoved(Collection<String> ids, Instant at) {
        Set<String> pending = new LinkedHashSet<>(ids);
        for (int round = 1; round <= CONFLICT_ROUNDS && !pending.isEmpty(); round++) {
            List<BulkOperation> updates = new ArrayList<>();
            for (AdIndex.Hit hit : index.getAll(pending)) {
                if (AdJson.text(hit.source(), "removed_at").isEmpty()) {
                    ObjectNode doc = AdJson.NODES.objectNode().put("removed_at", at.toString());
                    updates.add(BulkOperation.of(b -> b.update(u -> u.index(names.ads()).id(hit.id())
                            .ifSeqNo(hit.seqNo()).ifPrimaryTerm(hit.primaryTerm()).action(a -> a.doc(doc)))));
                }
            }
            index.markDirty();
            BulkWriter.Outcome outcome = bulk.write("marking " + updates.size() + " ads removed", updates);
            if (!outcome.rejected().isEmpty()) {
                throw new StoreRejectedException(outcome.rejected());
            }
            pending = outcome.conflicts();
        }
        if (!pending.isEmpty()) {
            LOG.warn("Ads kept changing while being marked removed; not marked this time: {}", pending);
        }
    }

    @Override
    public List<AdDocument> findNearDuplicates(long fingerprint, int maxDistance, int limit) {
        index.refreshIfDirty();
        List<FieldValue> bands = FingerprintBands.of(fingerprint).stream().map(FieldValue::of).toList();
        SearchResponse<ObjectNode> response = index.retrier().call("searching near duplicates",
                () -> index.client().search(s -> s.index(names.ads())
                        .query(q -> q.terms(t -> t.field("fingerprint_bands").terms(v -> v.value(bands))))
                        .size(NEAR_DUPLICATE_CANDIDATES)
                        .source(src -> src.filter(f -> f.includes("fingerprint", "first_seen")))
                        .sort(AdQueryTranslator.asc("first_seen"), AdQueryTranslator.asc("id")), ObjectNode.class));
        List<String> ids = response.hits().hits().stream()
                .filter(hit -> hit.source() != null && FingerprintBands.distance(
                        hit.source().path("fingerprint").asLong(), fingerprint) <= maxDistance)
                .map(Hit::id)
                .limit(limit)
                .toList();
        Map<String, AdDocument> found = findAds(ids).stream()
                .collect(Collectors.toMap(AdDocument::id, ad -> ad));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public void saveCrawlRun(CrawlRun run) {
        ObjectNode doc = CrawlRunJson.toJson(run);
        index.retrier().call("saving crawl run " + run.id(), () -> index.client().index(i -> i
                .index(names.runsIndex(run.started())).id(run.id()).document(doc).refresh(Refresh.True)));
    }

    @Override
    public List<CrawlRun> recentCrawlRuns(String sourceId, int limit) {
        Query query = sourceId.isEmpty() ? Query.of(q -> q.matchAll(m -> m))
                : AdQueryTranslator.term("source_id", FieldValue.of(sourceId));
        SearchResponse<ObjectNode> response = index.retrier().call("listing crawl runs",
                () -> index.client().search(s -> s.index(names.runs()).query(query).size(limit)
                        .sort(AdQueryTranslator.desc("started"), AdQueryTranslator.asc("id")), ObjectNode.class));
        return response.hits().hits().stream().map(Hit::source).filter(java.util.Objects::nonNull)
                .map(CrawlRunJson::fromJson).toList();
    }

    @Override
    public AdHits search(AdQuery query) {
        return reviews.search(query);
    }

    @Override
    public long count(AdQuery query) {
        return reviews.count(query);
    }

    @Override
    public Optional<StoredAd> findStoredAd(String id) {
        return reviews.find(id);
    }

    @Override
    public List<AdDocument> history(String id) {
        index.refreshIfDirty(names.versions());
        SearchResponse<ObjectNode> response = index.retrier().call("reading the history of ad " + id,
                () -> index.client().search(s -> s.index(names.versions())
                        .query(AdQueryTranslator.term("id", FieldValue.of(id))).size(PAGE)
                        .sort(AdQueryTranslator.asc("version"), AdQueryTranslator.asc("last_seen")), ObjectNode.class));
        return response.hits().hits().stream().map(Hit::source).filter(java.util.Objects::nonNull)
                .map(AdJson::fromJson).sorted(Comparator.comparingInt(AdDocument::version)).toList();
    }

    @Override
    public StoredAd saveTriage(String id, AdTriage triage, String expectedReviewVersion) {
        return reviews.saveTriage(id, triage, expectedReviewVersion);
    }

    @Override
    public StoredAd savePlatformReply(String id, PlatformReply reply) {
        return reviews.saveReply(id, reply);
    }
}
