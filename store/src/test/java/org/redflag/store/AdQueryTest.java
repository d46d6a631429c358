package org.redflag.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AdQueryTest {

    @Test
    void flaggedIsLiveFlaggedAdsByRisk() {
        AdQuery flagged = AdQuery.flagged();

        assertThat(flagged.flaggedOnly()).isTrue();
        assertThat(flagged.includeRemoved()).isFalse();
        assertThat(flagged.sort()).isEqualTo(AdQuery.Sort.RISK);
        assertThat(flagged.limit()).isEqualTo(20);
    }

    @Test
    void rejectsPagesBeyondTheResultWindowNamingTheValues() {
        assertThatThrownBy(() -> AdQuery.all().withPage(9_990, 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset 9990")
                .hasMessageContaining("10000");
        assertThatThrownBy(() -> AdQuery.all().withPage(0, 1001)).hasMessageContaining("limit 1001");
    }

    @Test
    void rejectsUnknownStatusesAndRisksOutsideTheUnitInterval() {
        assertThatThrownBy(() -> AdQuery.all().withTriageStatuses(Set.of("closed")))
                .hasMessageContaining("'closed'")
                .hasMessageContaining("in_review");
        assertThatThrownBy(() -> AdQuery.all().withReplyStates(Set.of("done"))).hasMessageContaining("actioned");
        assertThatThrownBy(() -> AdQuery.all().withMinRisk(1.5)).hasMessageContaining("1.5");
    }
}
