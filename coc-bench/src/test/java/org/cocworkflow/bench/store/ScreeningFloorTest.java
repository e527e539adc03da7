package org.cocworkflow.bench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.screening.MatchStrength;
import org.cocworkflow.core.screening.Screening;
import org.cocworkflow.core.screening.ScreeningMatch;
import org.cocworkflow.store.CaseStore;
import org.cocworkflow.store.Stores;
import org.cocworkflow.store.ban.Registration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screening benchmark's floor is honest: at a small size it finds exactly the bans the store's screening finds. */
class ScreeningFloorTest {
    @TempDir
    Path directory;

    @Test
    void theFloorFindsTheSameBansAsScreenAll() {
        int bans = 300;
        int registrations = 3_000;
        List<Registration> batch = ScreeningBenchmark.registrations(registrations, bans, 5);
        List<CaseId> floor = ScreeningBenchmark.floorOver(bans).screen(batch);
        List<CaseId> ours = new ArrayList<>();
        try (CaseStore store = Stores.embedded(directory, BenchData.keys(), BenchData.identityKeys(),
                BenchData.options())) {
            ScreeningBenchmark.storeBans(store, bans);
            assertEquals(bans, store.bans().size());
            for (Screening screening : store.bans().screenAll(batch, BenchData.NOW)) {
                assertEquals(true, screening.matches().size() <= 1, "one ban per banned address");
                ours.add(screening.matches().stream().filter(m -> m.strength() == MatchStrength.IDENTIFIER)
                        .map(ScreeningMatch::caseRef).findFirst().orElse(null));
            }
        }
        assertEquals(ScreeningBenchmark.expectedHits(registrations, 5),
                floor.stream().filter(java.util.Objects::nonNull).count());
        assertEquals(floor, ours);
    }
}
