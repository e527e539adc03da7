package org.cocworkflow.store.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocworkflow.core.casefile.BanRecord;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.casefile.CaseStatus;
import org.cocworkflow.core.casefile.Decision;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.response.AppealOutcome;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.sanction.Sanction;

/**
 * What the store keeps beside a case's events, derived from its state: the index columns, the accused's identity
 * keys, the bans, and the plaintext of the case's summary for the case history. A pure function of the case file,
 * so {@code verify} can recompute and compare it.
 */
record CaseRows(CaseStatus status, Instant openedAt, Instant lastEventAt, Optional<Instant> closedAt,
        Map<DeadlineKind, Instant> deadlines, Set<IdentityKey> accusedKeys, List<BanRow> bans, String summary) {

    /** A ban recorded on the case, with the identity keys of the banned party. */
    record BanRow(long sequence, Instant starts, Optional<Instant> until, List<String> scopes,
            Set<IdentityKey> keys) {
    }

    static CaseRows of(CaseFile file, IdentityKeys identityKeys) {
        CaseState state = file.state();
        return new CaseRows(state.status(), state.openedAt(), state.lastEventAt(), closedAt(state),
                deadlines(state), accusedKeys(state, identityKeys), bans(state, identityKeys, List.of()),
                summary(state));
    }

    /** The rows of a case one or more events longer, reusing what the new events cannot have changed. */
    static CaseRows next(CaseRows previous, CaseFile before, CaseFile after, IdentityKeys identityKeys) {
        CaseState state = after.state();
        Set<IdentityKey> accused = before.state().parties() == state.parties() ? previous.accusedKeys()
                : accusedKeys(state, identityKeys);
        List<BanRow> bans = state.bans().size() == before.state().bans().size() ? previous.bans()
                : bans(state, identityKeys, previous.bans());
        return new CaseRows(state.status(), state.openedAt(), state.lastEventAt(), closedAt(state),
                deadlines(state), accused, bans, summary(state));
    }

    private static Optional<Instant> closedAt(CaseState state) {
        // A closed case takes no more events, so its last event is the closing.
        return state.isClosed() ? Optional.of(state.lastEventAt()) : Optional.empty();
    }

    private static Map<DeadlineKind, Instant> deadlines(CaseState state) {
        if (state.isClosed() || state.deadlines().isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new EnumMap<>(state.deadlines()));
    }

    private static Set<IdentityKey> accusedKeys(CaseState state, IdentityKeys identityKeys) {
        Set<IdentityKey> keys = new LinkedHashSet<>();
        for (Party accused : state.partiesWith(CaseRole.ACCUSED)) {
            keys.addAll(identityKeys.of(accused));
        }
        return Collections.unmodifiableSet(keys);
    }

    /**
     * The ban-list entries in force, one per banned party: the latest entry recorded for a party replaces earlier
     * ones (lifting a ban records an entry that ended when it was lifted). Rows already known are reused.
     */
    private static List<BanRow> bans(CaseState state, IdentityKeys identityKeys, List<BanRow> known) {
        Map<PartyId, BanRecord> latest = new LinkedHashMap<>();
        for (BanRecord ban : state.bans()) {
            latest.remove(ban.accused());
            latest.put(ban.accused(), ban); // in sequence order: the replaced entry moves to the end
        }
        Map<Long, BanRow> bySequence = new HashMap<>();
        for (BanRow row : known) {
            bySequence.put(row.sequence(), row);
        }
        List<BanRow> rows = new ArrayList<>(latest.size());
        for (BanRecord ban : latest.values()) {
            BanRow row = bySequence.get(ban.sequence());
            if (row == null) {
                Set<IdentityKey> keys = state.party(ban.accused()).map(identityKeys::of).orElse(Set.of());
                row = new BanRow(ban.sequence(), ban.at(), ban.until(), List.copyOf(ban.scopes()), Set.copyOf(keys));
            }
            rows.add(row);
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * The summary the case history needs: the finding in force and the sanctions in force, as
     * {@code summary/1|FINDING|SANCTION,SANCTION}. Encrypted like the events.
     */
    static String summary(CaseState state) {
        Optional<Finding> finding = finding(state);
        String sanctions = state.sanctionsInForce().stream().map(ImposedSanction::sanction).map(Sanction::name)
                .collect(Collectors.joining(","));
        return "summary/1|" + finding.map(Finding::name).orElse("") + "|" + sanctions;
    }

    private static Optional<Finding> finding(CaseState state) {
        Optional<Decision> latest = state.latestDecision();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        boolean overturned = state.appeals().stream().anyMatch(a -> a.sequence() > latest.get().sequence()
                && a.outcome().filter(o -> o == AppealOutcome.OVERTURNED).isPresent());
        // A violation overturned on appeal no longer stands as one.
        return Optional.of(overturned && latest.get().finding() == Finding.VIOLATION ? Finding.NO_VIOLATION
                : latest.get().finding());
    }

    static Optional<Finding> summaryFinding(String summary) {
        String[] parts = summary.split("\\|", -1);
        return parts.length < 2 || parts[1].isEmpty() ? Optional.empty() : Optional.of(Finding.valueOf(parts[1]));
    }

    static List<Sanction> summarySanctions(String summary) {
        String[] parts = summary.split("\\|", -1);
        if (parts.length < 3 || parts[2].isEmpty()) {
            return List.of();
        }
        List<Sanction> sanctions = new ArrayList<>();
        for (String name : parts[2].split(",")) {
            sanctions.add(Sanction.valueOf(name));
        }
        return List.copyOf(sanctions);
    }
}
