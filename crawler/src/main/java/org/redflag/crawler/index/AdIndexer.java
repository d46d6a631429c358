package org.redflag.crawler.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.redflag.crawler.dedup.AdUpdate;
import org.redflag.store.AdDocument;
import org.redflag.store.AdStore;
import org.redflag.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes ads to the store in batches from its own thread. {@link #add} blocks while the queue is full, which is
 * how the crawl pauses while the store is down (see the package notes). One indexer per crawl run.
 */
public final class AdIndexer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AdIndexer.class);
    private static final AdUpdate END = new AdUpdate(null, null);

    private final AdStore store;
    private final int batchSize;
    private final StoreRetry retry;
    private final Instant deadline;
    private final BooleanSupplier cancelled;
    private final IndexListener listener;
    private final BlockingQueue<AdUpdate> queue;
    private final Thread thread;

    /**
     * @param deadline  writes still failing after this instant are given up
     * @param cancelled writes still failing once this is true are given up
     */
    public AdIndexer(AdStore store, int batchSize, StoreRetry retry, Instant deadline, BooleanSupplier cancelled,
            IndexListener listener, String name) {
        this.store = store;
        this.batchSize = batchSize;
        this.retry = retry;
        this.deadline = deadline;
        this.cancelled = cancelled;
        this.listener = listener;
        this.queue = new ArrayBlockingQueue<>(batchSize * 2);
        this.thread = new Thread(this::loop, "redflag-indexer-" + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues one write; blocks while the queue is full (the store is slow or down). */
    public void add(AdUpdate update) throws InterruptedException {
        queue.put(update);
    }

    /** Writes what is queued and stops; returns once every queued write was saved or given up. */
    @Override
    public void close() throws InterruptedException {
        queue.put(END);
        thread.join();
    }

    private void loop() {
        List<AdUpdate> batch = new ArrayList<>(batchSize);
        try {
            while (true) {
                AdUpdate first = queue.poll(250, TimeUnit.MILLISECONDS);
                if (first != null && first != END) {
                    batch.add(first);
                    drainTo(batch);
                }
                boolean ending = first == END || batch.contains(END);
                batch.remove(END);
                if (!batch.isEmpty()) {
                    write(batch);
                    batch = new ArrayList<>(batchSize);
                }
                if (ending) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            List<AdUpdate> left = new ArrayList<>(batch);
            queue.drainTo(left);
            left.remove(END);
            listener.failed(left, "indexer interrupted");
        } catch (Error e) {
            // The write thread cannot go on, but the crawl threads must not block on a queue nobody drains:
            // every queued and later write is recorded as failed until the run closes the indexer.
            LOG.error("the indexer stopped on an error; the run's remaining ads are recorded as not written", e);
            failUntilEnd(batch, "indexer stopped: " + e);
        }
    }

    private void failUntilEnd(List<AdUpdate> batch, String reason) {
        List<AdUpdate> failing = new ArrayList<>(batch);
        while (true) {
            boolean ending = failing.remove(END);
            if (!failing.isEmpty()) {
                listener.failed(failing, reason);
            }
            if (ending) {
                return;
            }
            failing = new ArrayList<>();
            try {
                failing.add(queue.take());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(failing);
        }
    }

    private void drainTo(List<AdUpdate> batch) {
        queue.drainTo(batch, batchSize - batch.size());
    }

    private void write(List<AdUpdate> batch) {
        List<AdDocument> docs = batch.stream().map(AdUpdate::ad).toList();
        try {
            retry.run(() -> store.saveAds(docs), deadline, cancelled);
            listener.saved(batch);
        } catch (StoreUnavailableException e) {
            listener.failed(batch, "store unavailable: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("store rejected a batch of {} ads", docs.size(), e);
            listener.failed(batch, "store rejected the write: " + e.getMessage());
        }
    }

}
