package org.redflag.crawler.run;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.redflag.crawler.CrawlListener;
import org.redflag.crawler.dedup.AdDraft;
import org.redflag.crawler.dedup.AdOutcome;
import org.redflag.crawler.dedup.AdReconciler;
import org.redflag.crawler.dedup.AdUpdate;
import org.redflag.crawler.extract.ExtractedPage;
import org.redflag.crawler.fetch.FetchResult;
import org.redflag.crawler.fetch.ValidatorCache;
import org.redflag.crawler.fetch.Validators;
import org.redflag.crawler.frontier.CrawlUrl;
import org.redflag.crawler.frontier.Frontier;
import org.redflag.crawler.index.AdIndexer;
import org.redflag.crawler.index.IndexListener;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.store.AdDocument;
import org.redflag.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ad end of a run: reconciles extracted ads with the store (waiting while it is unavailable), queues their
 * writes, turns a 304 into "seen again, unchanged", and counts what the store acknowledged. Conditional-GET
 * validators are remembered only for acknowledged ads. Thread-safe; one per run.
 */
final class AdSink implements IndexListener {
    private static final Logger LOG = LoggerFactory.getLogger(AdSink.class);

    private final SourceConfig source;
    private final RunContext ctx;
    private final RunStats stats;
    private final RunState state;
    private final CrawlListener listener;
    private final Instant storeDeadline;
    private final AdReconciler reconciler;
    private final Map<String, Validators> pendingValidators = new ConcurrentHashMap<>();
    private volatile AdIndexer indexer;

    AdSink(SourceConfig source, RunContext ctx, RunStats stats, RunState state, CrawlListener listener,
            Instant storeDeadline) {
        this.source = source;
        this.ctx = ctx;
        this.stats = stats;
        this.state = state;
        this.listener = listener;
        this.storeDeadline = storeDeadline;
        this.reconciler = new AdReconciler(ctx.store(), ctx.classifier());
    }

    /** Starts the writer. */
    void open() {
        indexer = new AdIndexer(ctx.store(), ctx.batchSize(), ctx.storeRetry(), storeDeadline, state::cancelled,
                this, source.id());
    }

    /** Writes what is queued; returns once every write was acknowledged or given up. */
    void close() throws InterruptedException {
        indexer.close();
    }

    /** Reads ahead the stored versions of ads about to be fetched; a store failure here only costs the read-ahead. */
    void expect(List<String> canonicalUrls) {
        try {
            reconciler.prefetch(canonicalUrls);
        } catch (StoreUnavailableException e) {
            LOG.debug("read-ahead of {} stored ads skipped: {}", canonicalUrls.size(), e.getMessage());
        }
    }

    /** An ad page was read. The same canonical URL is taken once per run. */
    void ad(CrawlUrl item, FetchResult r, ExtractedPage page, Frontier frontier) throws InterruptedException {
        String canonical = page.canonicalUrl();
        if (!canonical.equals(item.url()) && !frontier.markSeen(canonical)) {
            return; // the canonical page itself was or will be read in this run
        }
        if (page.fields().title().isEmpty() && page.fields().text().isEmpty()) {
            stats.error(ErrorKind.PARSE);
            return;
        }
        AdDraft draft = new AdDraft(source.id(), source.platform(), item.url(), canonical, page.fields());
        Optional<AdUpdate> update = reconcile(draft);
        if (update.isPresent()) {
            pendingValidators.put(update.get().ad().id(), r.validators());
            indexer.add(update.get());
        }
    }

    /** A 304 on an ad page: the stored ad is seen again, unchanged. */
    void notModified(CrawlUrl item, ValidatorCache.Entry entry) throws InterruptedException {
        Optional<AdDocument> stored;
        try {
            stored = ctx.storeRetry().call(() -> ctx.store().findAd(entry.adId()), storeDeadline, state::cancelled);
        } catch (StoreUnavailableException e) {
            stats.error(ErrorKind.STORE);
            state.incomplete("");
            return;
        }
        if (stored.isEmpty()) {
            ctx.validators().remove(item.url()); // unknown to the store: fetch in full next time
            state.incomplete("");
            return;
        }
        AdDocument p = stored.get();
        AdDraft draft = new AdDraft(p.sourceId(), p.platform(), item.url(), p.canonicalUrl(), p.fields());
        pendingValidators.put(p.id(), entry.validators());
        indexer.add(new AdUpdate(AdOutcome.UNCHANGED, AdReconciler.seenAgain(p, draft, clock().instant())));
    }

    private Optional<AdUpdate> reconcile(AdDraft draft) {
        try {
            return Optional.of(ctx.storeRetry().call(() -> reconciler.reconcile(draft, clock().instant()),
                    storeDeadline, state::cancelled));
        } catch (StoreUnavailableException e) {
            stats.error(ErrorKind.STORE);
            state.incomplete("");
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("classifying {} failed; the ad is not stored unscored", draft.url(), e);
            stats.error(ErrorKind.CLASSIFY);
            state.incomplete("");
            return Optional.empty();
        }
    }

    @Override
    public void saved(List<AdUpdate> updates) {
        for (AdUpdate u : updates) {
            switch (u.outcome()) {
                case NEW -> stats.adsNew.increment();
                case UPDATED -> stats.adsUpdated.increment();
                case UNCHANGED -> stats.adsUnchanged.increment();
            }
            if (u.flags()) {
                stats.adsFlagged.increment();
            }
            Validators v = pendingValidators.remove(u.ad().id());
            ctx.validators().put(u.ad().url(), u.ad().id(), v == null ? Validators.NONE : v);
            listener.adSaved(u);
        }
    }

    @Override
    public void failed(List<AdUpdate> updates, String reason) {
        stats.errors(ErrorKind.STORE, updates.size());
        state.incomplete(updates.size() + " ads not stored: " + reason);
        updates.forEach(u -> pendingValidators.remove(u.ad().id()));
    }

    private Clock clock() {
        return ctx.clock();
    }
}
