package org.redflag.app.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A fake scheduler for tests: records what was asked; a source stays "running" once started. */
public final class FakeSourceOperations implements SourceOperations {
    private final Map<String, SourceStatus> sources = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    public final List<String> started = new ArrayList<>();

    public FakeSourceOperations add(String id, String platform, String cron) {
        sources.put(id, new SourceStatus(id, id + " jobs", platform, cron, false,
                List.of(Instant.parse("2026-11-23T12:00:00Z"))));
        return this;
    }

    @Override
    public List<SourceStatus> listSources() {
        return sources.values().stream().map(this::withRunning)
                .sorted(java.util.Comparator.comparing(SourceStatus::id)).toList();
    }

    @Override
    public Optional<SourceStatus> findSource(String sourceId) {
        return Optional.ofNullable(sources.get(sourceId)).map(this::withRunning);
    }

    private SourceStatus withRunning(SourceStatus s) {
        return new SourceStatus(s.id(), s.name(), s.platform(), s.cron(), running.contains(s.id()), s.nextRuns());
    }

    @Override
    public synchronized void runNow(String sourceId) {
        if (!sources.containsKey(sourceId)) {
            throw new NoSuchSourceException(sourceId);
        }
        if (!running.add(sourceId)) {
            throw new SourceBusyException(sourceId);
        }
        started.add(sourceId);
    }

    @Override
    public SourceStatus reschedule(String sourceId, String cron) {
        SourceStatus s = Optional.ofNullable(sources.get(sourceId))
                .orElseThrow(() -> new NoSuchSourceException(sourceId));
        SourceStatus updated = new SourceStatus(s.id(), s.name(), s.platform(), cron, false, s.nextRuns());
        sources.put(sourceId, updated);
        return withRunning(updated);
    }
}
