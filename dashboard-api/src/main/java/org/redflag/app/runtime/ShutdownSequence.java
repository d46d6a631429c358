package org.redflag.app.runtime;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stop actions registered as parts start, run once in reverse order: the last part started stops first. A failing
 * action is logged and the next one still runs. Thread-safe; {@link #run()} runs the actions at most once.
 */
final class ShutdownSequence {
    private static final Logger LOG = LoggerFactory.getLogger(ShutdownSequence.class);

    /** One stop action; may throw. */
    @FunctionalInterface
    interface Step {
        void stop() throws Exception;
    }

    private record Named(String name, Step step) {
    }

    private final Deque<Named> steps = new ArrayDeque<>();
    private boolean ran;

    synchronized void add(String name, Step step) {
        if (ran) {
            throw new IllegalStateException("Shutting down already: cannot add '" + name + "'");
        }
        steps.push(new Named(name, step));
    }

    synchronized void run() {
        if (ran) {
            return;
        }
        ran = true;
        while (!steps.isEmpty()) {
            Named next = steps.pop();
            long started = System.nanoTime();
            try {
                next.step().stop();
                LOG.atInfo().addKeyValue("step", next.name())
                        .addKeyValue("ms", (System.nanoTime() - started) / 1_000_000).log("Stopped {}", next.name());
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.warn("Stopping {} failed: {}", next.name(), e.toString(), e);
            }
        }
    }
}
