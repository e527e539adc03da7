package org.cocworkflow.core.response;

/** What the response team concluded about the reported conduct. */
public enum Finding {
    /** The conduct violated the Code of Conduct. */
    VIOLATION,
    /** The conduct did not violate the Code of Conduct. */
    NO_VIOLATION,
    /** There is not enough information to conclude. */
    INSUFFICIENT_INFORMATION
}
