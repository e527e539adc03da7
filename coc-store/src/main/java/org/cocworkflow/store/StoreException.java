package org.cocworkflow.store;

import java.io.Serial;
import java.util.Objects;
import org.cocworkflow.core.CocException;

/**
 * The store could not do what was asked, for a reason given as a {@link Reason}; nothing was written.
 *
 * <p>The message says what went wrong and what to fix. It names cases by id and events by sequence number, never by
 * content; a database error's own message (which can quote values) is kept only as the cause, never repeated.
 */
public final class StoreException extends CocException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Why the store refused or failed. */
    public enum Reason {
        /** A case with the id is already stored. */
        CASE_EXISTS("a case with this id is already stored; choose a new case id"),
        /** No case with the id is stored. */
        CASE_NOT_FOUND("no case with this id is stored; create it first"),
        /** The case's records were purged under the retention policy. */
        CASE_PURGED("the case's records were purged under the retention policy; only the minimum a ban needs, if "
                + "anything, is kept"),
        /** An event is larger than the store accepts. */
        EVENT_TOO_LARGE("an event is larger than the store's limits; shorten its free text, or keep large material "
                + "outside the case and record an evidence reference to it"),
        /** An event could not be written in a form that reads back to the same event. */
        EVENT_NOT_STORABLE("an event did not read back to the same event from its stored form; it was not stored"),
        /** A stored case does not match its hash chain or cannot be replayed. */
        INTEGRITY("the stored case fails its integrity check; run verify(caseId) for the details and restore the "
                + "case from a backup"),
        /** The database refused or failed an operation. */
        DATABASE("the database refused or failed the operation; nothing was written. Check the connection and the "
                + "database log; the cause holds the driver's error");

        private final String advice;

        Reason(String advice) {
            this.advice = advice;
        }

        /**
         * Returns what the reason means and what to do about it.
         *
         * @return advice without case content
         */
        public String advice() {
            return advice;
        }
    }

    private final Reason reason;

    private StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param where what it concerns, without case content, e.g. {@code "case case-17"} or {@code "event #4 of case
     *     case-17 (record_note)"}
     * @return the exception
     */
    public static StoreException of(Reason reason, String where) {
        return of(reason, where, null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param reason why
     * @param where what it concerns, without case content
     * @param cause the underlying failure, or {@code null}; its message is not repeated
     * @return the exception
     */
    public static StoreException of(Reason reason, String where, Throwable cause) {
        Objects.requireNonNull(reason, "reason");
        return new StoreException(reason, where + ": " + reason.advice(), cause);
    }

    /**
     * Creates the exception with a detail that adds to the reason's advice.
     *
     * @param reason why
     * @param where what it concerns, without case content
     * @param detail more about what to fix, without case content
     * @param cause the underlying failure, or {@code null}
     * @return the exception
     */
    public static StoreException of(Reason reason, String where, String detail, Throwable cause) {
        Objects.requireNonNull(reason, "reason");
        return new StoreException(reason, where + ": " + reason.advice() + " (" + detail + ")", cause);
    }

    /**
     * Returns why the store refused or failed.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
