package org.redflag.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShutdownSequenceTest {
    private final List<String> stopped = new ArrayList<>();
    private final ShutdownSequence sequence = new ShutdownSequence();

    @Test
    void stopsInReverseOrderOfStart() {
        sequence.add("elasticsearch", () -> stopped.add("elasticsearch"));
        sequence.add("scheduler", () -> stopped.add("scheduler"));
        sequence.add("server", () -> stopped.add("server"));
        sequence.run();
        assertThat(stopped).containsExactly("server", "scheduler", "elasticsearch");
    }

    @Test
    void aFailingStepDoesNotKeepTheNextFromStopping() {
        sequence.add("elasticsearch", () -> stopped.add("elasticsearch"));
        sequence.add("scheduler", () -> {
            throw new IllegalStateException("scheduler stuck");
        });
        sequence.run();
        assertThat(stopped).containsExactly("elasticsearch");
    }

    @Test
    void runsOnceAndRefusesStepsAfterwards() {
        sequence.add("server", () -> stopped.add("server"));
        sequence.run();
        sequence.run();
        assertThat(stopped).containsExactly("server");
        assertThatThrownBy(() -> sequence.add("late", () -> stopped.add("late")))
                .hasMessageContaining("'late'");
    }
}
