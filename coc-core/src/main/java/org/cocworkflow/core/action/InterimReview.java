package org.cocworkflow.core.action;

/** What a decision does with an interim measure still in force (issue of interim measures, seed 003, "Meeting"). */
public enum InterimReview {
    /** The measure stands as part of the response. */
    CONFIRMED,
    /** The measure ends with the decision. */
    LIFTED
}
