package org.cocworkflow.store;

/**
 * How much of a case's records the store still holds (seed 003, "Data retention": how long stored records are
 * kept, and whether different types of records are kept for different times).
 */
public enum RecordState {
    /** The whole case file is stored. */
    COMPLETE,
    /** The case file was purged; only the minimum its bans need is kept while they last: the ban records (identity
     * keys, scopes, start and end) and the case reference. */
    BAN_MINIMUM,
    /** Everything was purged; only the case id remains, so it is not reused and references to it resolve to
     * "purged". */
    PURGED
}
