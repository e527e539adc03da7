package org.cocworkflow.core.history;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.identity.IdentityKey;

/**
 * A case history held in memory, for tests, examples and deployments without a store. Thread-safe; lookups scan
 * the entries, which suits hundreds of cases, not millions (coc-store answers those through indexes).
 */
public final class InMemoryCaseHistory implements CaseHistory {
    private final List<PriorCase> cases = new CopyOnWriteArrayList<>();
    private final List<ActiveBan> bans = new CopyOnWriteArrayList<>();
    private final List<MatchElsewhere> elsewhere = new CopyOnWriteArrayList<>();

    /**
     * Creates an empty history; {@link #add(PriorCase)}, {@link #add(ActiveBan)} and {@link #add(MatchElsewhere)}
     * fill it.
     */
    public InMemoryCaseHistory() {
        // nothing remembered yet
    }

    /**
     * Remembers an earlier case.
     *
     * @param priorCase the case, with the key its accused is known by
     * @return this history
     */
    public InMemoryCaseHistory add(PriorCase priorCase) {
        cases.add(priorCase);
        return this;
    }

    /**
     * Remembers a ban.
     *
     * @param ban the ban, with the key the banned person is known by
     * @return this history
     */
    public InMemoryCaseHistory add(ActiveBan ban) {
        bans.add(ban);
        return this;
    }

    /**
     * Remembers a match other chapters hold, found by its key.
     *
     * @param match the match, with the key the accused is known by
     * @return this history
     */
    public InMemoryCaseHistory add(MatchElsewhere match) {
        elsewhere.add(match);
        return this;
    }

    @Override
    public List<MatchElsewhere> matchesElsewhere(Set<IdentityKey> keys, Set<CaseId> cases) {
        return elsewhere.stream().filter(m -> keys.contains(m.matchedKey())).toList();
    }

    @Override
    public List<PriorCase> priorCases(Set<IdentityKey> keys, CaseId excluding) {
        return cases.stream().filter(c -> keys.contains(c.matchedKey()) && !c.caseId().equals(excluding))
                .sorted(Comparator.comparing(PriorCase::openedAt)).toList();
    }

    @Override
    public List<ActiveBan> activeBans(Set<IdentityKey> keys, Instant at) {
        return bans.stream().filter(b -> keys.contains(b.matchedKey()) && b.until().map(at::isBefore).orElse(true))
                .toList();
    }
}
