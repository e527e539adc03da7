package org.cocworkflow.core.sanction;

/** What a sanction reaches. */
public enum SanctionScope {
    /** The case itself: a warning, a record kept for monitoring. */
    CASE,
    /** The event now running. */
    THIS_EVENT,
    /** Future events the organization runs. */
    FUTURE_EVENTS,
    /** An online space: a channel, forum or whole service. */
    ONLINE_SPACE,
    /** The organization: membership and positions. */
    ORGANIZATION,
    /** The public: a published account. */
    PUBLIC
}
