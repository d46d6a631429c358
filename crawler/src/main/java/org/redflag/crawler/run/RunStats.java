package org.redflag.crawler.run;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters of one run, updated by all its threads. */
public final class RunStats {
    final LongAdder pagesFetched = new LongAdder();
    final LongAdder adsNew = new LongAdder();
    final LongAdder adsUpdated = new LongAdder();
    final LongAdder adsUnchanged = new LongAdder();
    final LongAdder adsFlagged = new LongAdder();
    private final Map<ErrorKind, LongAdder> errors = new EnumMap<>(ErrorKind.class);

    public RunStats() {
        for (ErrorKind kind : ErrorKind.values()) {
            errors.put(kind, new LongAdder());
        }
    }

    void error(ErrorKind kind) {
        errors.get(kind).increment();
    }

    void errors(ErrorKind kind, long n) {
        errors.get(kind).add(n);
    }

    public long errorCount(ErrorKind kind) {
        return errors.get(kind).sum();
    }

    /** Non-zero error counts by {@link ErrorKind#key()}. */
    public Map<String, Long> errorMap() {
        Map<String, Long> out = new TreeMap<>();
        errors.forEach((k, v) -> {
            if (v.sum() > 0) {
                out.put(k.key(), v.sum());
            }
        });
        return out;
    }

    public long pagesFetched() {
        return pagesFetched.sum();
    }

    public long adsStored() {
        return adsNew.sum() + adsUpdated.sum() + adsUnchanged.sum();
    }

    public long adsFlagged() {
        return adsFlagged.sum();
    }
}
