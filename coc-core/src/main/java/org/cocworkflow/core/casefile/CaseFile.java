package org.cocworkflow.core.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cocworkflow.core.ActionRefusedException;
import org.cocworkflow.core.CaseTransitionException;
import org.cocworkflow.core.CaseTransitionException.Reason;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.guard.Verdict;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Relationship;

/**
 * The case file: an append-only log of {@link CaseEvent events} and the {@link CaseState state} derived from it
 * (seed 003, "Record Keeping": the paper trail; invariant I9).
 *
 * <p>A case file is an immutable value: {@link #append(Action, PartyId, Instant)} returns a new file one event
 * longer, or refuses the action and leaves this file as it was. The state is a pure function of the events;
 * {@link #replay(List)} rebuilds the same file from them.
 *
 * <p><b>Guarded paths only.</b> Every way to add an action to a case file goes through the {@link Guards guards}:
 * appending an action checks it at its moment, and reading a case file back ({@link #replay}, {@link
 * #append(CaseEvent)}, and so JSON and the store) checks every recorded action against the state before it and
 * refuses a file that holds a refused action, naming the event's position. The case file's own checks come
 * first: what cannot happen (a closed case, an unknown party, an appeal without a decision) is a {@link
 * CaseTransitionException}; what must not be done is an {@link ActionRefusedException}. The one way around the
 * guards is {@link #importUnverified}, for histories kept elsewhere; it leaves a {@link CaseImported mark} that
 * every view and the store's verification show.
 *
 * <p>A case file holds at most {@link #MAX_EVENTS} events, so reading one is bounded work; replaying it takes time
 * linear in its length. Instances are thread-safe.
 */
public final class CaseFile {
    /** The most events a case file holds, the opening included. */
    public static final int MAX_EVENTS = 10_000;

    private final Log<CaseEvent> events;
    private final CaseState state;

    private CaseFile(Log<CaseEvent> events, CaseState state) {
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
        return new CaseFile(Log.<CaseEvent>empty().plus(opened), Fold.opened(opened));
    }

    /**
     * Rebuilds a case file from its events, checking every event as if it were appended one by one: the case
     * file's transitions, and the guards for every recorded action at its moment (actions before a {@link
     * CaseImported} mark only get the transitions, as when they were imported).
     *
     * @param events the events, the opening first
     * @return the case file
     * @throws CaseTransitionException if the events do not form a possible case file, or there are more than
     *     {@link #MAX_EVENTS}
     * @throws ActionRefusedException if the guards refuse a recorded action; its {@link
     *     ActionRefusedException#sequence() sequence} says which
     * @throws IllegalArgumentException if there are no events
     */
    public static CaseFile replay(List<? extends CaseEvent> events) {
        int lastMark = -1;
        for (int i = events.size() - 1; i > 0; i--) {
            if (events.get(i) instanceof CaseImported) {
                lastMark = i;
                break;
            }
        }
        return rebuild(events, lastMark - 1L);
    }

    /**
     * Imports a history kept elsewhere without the guards' check: the one explicit way around them, for legacy
     * data. Every event gets the case file's transition checks; none of the recorded actions is checked by the
     * guards. The result ends with a {@link CaseImported} mark, recorded by a member of the case's response team,
     * which every view and the store's verification show; actions appended after it are guarded as usual.
     *
     * <p>Try {@link #replay} first: a history that the guards accept needs no mark.
     *
     * @param events the events, the opening first
     * @param by the response-team member who imports the case
     * @param at when it is imported; not before the last event
     * @param source where the events come from, in the importer's words (redacted from every {@code toString()})
     * @return the case file, one event longer than {@code events}
     * @throws CaseTransitionException if the events do not form a possible case file, the importer is not on the
     *     response team, the moment is before the last event, or the file would exceed {@link #MAX_EVENTS}
     * @throws IllegalArgumentException if there are no events
     */
    public static CaseFile importUnverified(List<? extends CaseEvent> events, PartyId by, Instant at,
            Optional<String> source) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        CaseFile file = rebuild(events, Long.MAX_VALUE);
        return file.mark(ImmutableCaseImported.builder().sequence(file.version()).at(at).by(by).source(source)
                .build());
    }

    private static CaseFile rebuild(List<? extends CaseEvent> events, long unverifiedThrough) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a case file needs at least its opening event");
        }
        if (events.size() > MAX_EVENTS) {
            throw CaseTransitionException.of(Reason.TOO_MANY_EVENTS, MAX_EVENTS, "case file");
        }
        if (!(events.get(0) instanceof CaseOpened opened)) {
            throw CaseTransitionException.of(Reason.NOT_OPENED, events.get(0).sequence(), "action_recorded");
        }
        CaseFile file = open(opened);
        for (int i = 1; i < events.size(); i++) {
            CaseEvent event = events.get(i);
            if (event.sequence() != i) {
                // Named by its position in the list: its own number is what is wrong.
                throw CaseTransitionException.of(Reason.BAD_SEQUENCE, i, event instanceof ActionRecorded recorded
                        ? recorded.action().typeName() : "case_imported");
            }
            if (event instanceof ActionRecorded recorded) {
                file = file.record(recorded, i > unverifiedThrough);
            } else if (event instanceof CaseImported mark) {
                file = file.mark(mark);
            } else {
                throw CaseTransitionException.of(Reason.NOT_OPENED, event.sequence(), "case_opened");
            }
        }
        return file;
    }

    /**
     * Records an action taken on the case, if the guards allow it at that moment. {@link Guards#apply} does the
     * same and also returns the guards' flags and any new incident.
     *
     * @param action what was done
     * @param by the response-team member recording it
     * @param at when it happened; not before the previous event
     * @return the case file with the new event
     * @throws ActionRefusedException if a guard refuses the action
     * @throws CaseTransitionException if the action cannot follow the current state
     */
    public CaseFile append(Action action, PartyId by, Instant at) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        ActionRecorded recorded = ActionRecorded.of(version(), at, by, action);
        CaseState next = transition(recorded);
        if (Guards.check(action, by, state, at) instanceof Verdict.Refused refused) {
            throw new ActionRefusedException(action.typeName(), refused);
        }
        return new CaseFile(events.plus(recorded), next);
    }

    /**
     * Appends an event recorded elsewhere, e.g. read back from storage; its sequence number must be the next one.
     * The guards check its action at its moment, as {@link #replay} does.
     *
     * @param event the event
     * @return the case file with the new event
     * @throws CaseTransitionException if the event is another opening or an import mark, is numbered wrongly, or
     *     cannot follow the current state
     * @throws ActionRefusedException if the guards refuse its action
     */
    public CaseFile append(CaseEvent event) {
        Objects.requireNonNull(event, "event");
        if (!(event instanceof ActionRecorded recorded)) {
            throw CaseTransitionException.of(Reason.NOT_OPENED, event.sequence(),
                    event instanceof CaseImported ? "case_imported" : "case_opened");
        }
        return record(recorded, true);
    }

    private CaseFile record(ActionRecorded recorded, boolean guarded) {
        CaseState next = transition(recorded);
        if (guarded && Guards.check(recorded.action(), recorded.by(), state, recorded.at())
                instanceof Verdict.Refused refused) {
            throw ActionRefusedException.recorded(recorded.sequence(), recorded.action().typeName(), refused);
        }
        return new CaseFile(events.plus(recorded), next);
    }

    /** Checks what cannot happen and folds the event; the guards are the caller's business. */
    private CaseState transition(ActionRecorded recorded) {
        if (recorded.sequence() != version()) {
            throw CaseTransitionException.of(Reason.BAD_SEQUENCE, recorded.sequence(), recorded.action().typeName());
        }
        if (version() >= MAX_EVENTS) {
            throw CaseTransitionException.of(Reason.TOO_MANY_EVENTS, recorded.sequence(),
                    recorded.action().typeName());
        }
        Transitions.check(state, recorded.sequence(), recorded.at(), recorded.by(), recorded.action());
        return Fold.apply(state, recorded);
    }

    private CaseFile mark(CaseImported mark) {
        if (mark.sequence() != version()) {
            throw CaseTransitionException.of(Reason.BAD_SEQUENCE, mark.sequence(), "case_imported");
        }
        if (version() >= MAX_EVENTS) {
            throw CaseTransitionException.of(Reason.TOO_MANY_EVENTS, mark.sequence(), "case_imported");
        }
        Transitions.checkMark(state, mark);
        return new CaseFile(events.plus(mark), Fold.imported(state, mark));
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
