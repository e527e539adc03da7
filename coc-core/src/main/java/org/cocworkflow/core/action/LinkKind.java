package org.cocworkflow.core.action;

/** How two cases relate. */
public enum LinkKind {
    /** This case reports retaliation against a reporter or witness of the linked case (seed 002). */
    RETALIATION_FOR,
    /** This case continues the harassment of the linked case, e.g. an apology pressed on the victim (seed 003). */
    CONTINUES,
    /** The linked case concerns the same accused: a repeat report. */
    SAME_ACCUSED,
    /** Another relation worth keeping. */
    RELATED
}
