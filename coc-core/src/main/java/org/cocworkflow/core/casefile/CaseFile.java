package org.cocworkflow.core.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.cocworkflow.core.CaseTransitionException;
import org.cocworkflow.core.CaseTransitionException.Reason;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Relationship;

/**
 * The case file: an append-only log of {@link CaseEvent events} and the {@link CaseState state} derived from it
 * (seed 003, "Record Keeping": the paper trail; invariant I9).
 *
 * <p>A case file is an immutable value: {@link #append(Action, PartyId, Instant)} returns a new file one event
 * longer, or refuses an impossible transition with a {@link CaseTransitionException} and leaves this file as it
 * was. The state is a pure function of the events; {@link #replay(List)} rebuilds the same file from them.
 *
 * <p>The case file checks only what cannot happen (a closed case, an unknown party, an appeal without a
 * decision). What must not be done is the guards' business. Instances are thread-safe.
 */
public final class CaseFile {
    private final List<CaseEvent> events;
    private final CaseState state;

    private CaseFile(List<CaseEvent> events, CaseState state) {
        this.events = events;
        this.state = state;
    }

    /**
     * Opens a case file for a report.
     *
     * @param opened the opening event
     * @return a case file with one event
     * @throws CaseTransitionException if the receiver clashes with a party of the report or declares a
     *     relationship with someone outside it
     */
    public static CaseFile open(CaseOpened opened) {
        Objects.requireNonNull(opened, "opened");
        PartyId receiver = opened.receivedBy().id();
        boolean clash = opened.report().parties().stream().anyMatch(p -> p.id().equals(receiver));
        if (clash) {
            throw CaseTransitionException.of(Reason.DUPLICATE_PARTY, 0, "case_opened");
        }
        for (Relationship relationship : opened.receivedBy().relationships()) {
            boolean known = opened.report().parties().stream().anyMatch(p -> p.id().equals(relationship.with()));
            if (!known) {
                throw CaseTransitionException.of(Reason.UNKNOWN_PARTY, 0, "case_opened");
            }
        }
        return new CaseFile(List.of(opened), Fold.opened(opened));
    }

    /**
     * Rebuilds a case file from its events, checking every transition as if the events were appended one by one.
     *
     * @param events the events, the opening first
     * @return the case file
     * @throws CaseTransitionException if the events do not form a possible case file
     * @throws IllegalArgumentException if there are no events
     */
    public static CaseFile replay(List<? extends CaseEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a case file needs at least its opening event");
        }
        if (!(events.get(0) instanceof CaseOpened opened)) {
            throw CaseTransitionException.of(Reason.NOT_OPENED, events.get(0).sequence(), "action_recorded");
        }
        CaseFile file = open(opened);
        for (CaseEvent event : events.subList(1, events.size())) {
            file = file.append(event);
        }
        return file;
    }

    /**
     * Records an action taken on the case.
     *
     * @param action what was done
     * @param by the response-team member recording it
     * @param at when it happened; not before the previous event
     * @return the case file with the new event
     * @throws CaseTransitionException if the action cannot follow the current state
     */
    public CaseFile append(Action action, PartyId by, Instant at) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        return append(ActionRecorded.of(version(), at, by, action));
    }

    /**
     * Appends an event recorded elsewhere, e.g. read back from storage; its sequence number must be the next one.
     *
     * @param event the event
     * @return the case file with the new event
     * @throws CaseTransitionException if the event is another opening, is numbered wrongly, or cannot follow the
     *     current state
     */
    public CaseFile append(CaseEvent event) {
        Objects.requireNonNull(event, "event");
        if (!(event instanceof ActionRecorded recorded)) {
            throw CaseTransitionException.of(Reason.NOT_OPENED, event.sequence(), "case_opened");
        }
        if (recorded.sequence() != version()) {
            throw CaseTransitionException.of(Reason.BAD_SEQUENCE, recorded.sequence(), recorded.action().typeName());
        }
        Transitions.check(state, recorded.sequence(), recorded.at(), recorded.by(), recorded.action());
        List<CaseEvent> next = new ArrayList<>(events.size() + 1);
        next.addAll(events);
        next.add(recorded);
        return new CaseFile(Collections.unmodifiableList(next), Fold.apply(state, recorded));
    }

    /**
     * Returns the case's id.
     *
     * @return the id
     */
    public CaseId id() {
        return state.caseId();
    }

    /**
     * Returns the events, the opening first.
     *
     * @return the unmodifiable list of events
     */
    public List<CaseEvent> events() {
        return events;
    }

    /**
     * Returns the opening event.
     *
     * @return the opening
     */
    public CaseOpened opening() {
        return (CaseOpened) events.get(0);
    }

    /**
     * Returns the state derived from the events.
     *
     * @return the state
     */
    public CaseState state() {
        return state;
    }

    /**
     * Returns the number of events: the version used for optimistic concurrency when storing.
     *
     * @return the version
     */
    public long version() {
        return events.size();
    }

    /**
     * Returns the parties of the case.
     *
     * @return the parties, as in {@link CaseState#parties()}
     */
    public List<Party> parties() {
        return state.parties();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseFile file && events.equals(file.events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }

    @Override
    public String toString() {
        return "CaseFile{id=" + id() + ", version=" + version() + ", status=" + state.status() + "}";
    }
}
