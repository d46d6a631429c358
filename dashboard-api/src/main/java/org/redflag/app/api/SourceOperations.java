package org.redflag.app.api;

import java.util.List;
import java.util.Optional;

/** The API's port to the crawl scheduler. Implementations are thread-safe. */
public interface SourceOperations {

    /** Every configured source, by id. */
    List<SourceStatus> listSources();

    /** The source with this id. */
    Optional<SourceStatus> findSource(String sourceId);

    /**
     * Starts a crawl of the source now, outside its schedule.
     *
     * @throws NoSuchSourceException when there is no such source
     * @throws SourceBusyException   when a crawl of it is running already
     */
    void runNow(String sourceId);

    /**
     * Changes the source's schedule; takes effect at once and survives a restart.
     *
     * @param cron a valid Quartz cron expression (the API validates it first)
     * @return the source with its new schedule
     * @throws NoSuchSourceException when there is no such source
     */
    SourceStatus reschedule(String sourceId, String cron);
}
