package org.cocworkflow.core.report;

/**
 * Where an incident happened. In-person spaces take event sanctions, online spaces the online actions of seed 004
 * ("Online services").
 */
public enum SpaceKind {
    /** During a talk or its Q&amp;A. */
    TALK(false),
    /** A workshop, tutorial or sprint. */
    WORKSHOP(false),
    /** The event venue's common areas: hallways, registration, expo floor. */
    EVENT_VENUE(false),
    /** A sponsor's or exhibitor's booth. */
    SPONSOR_BOOTH(false),
    /** A social event: a party, dinner or meetup at a bar. */
    SOCIAL_EVENT(false),
    /** A local meetup. */
    MEETUP(false),
    /** Somewhere else in person, connected to the event or community. */
    OTHER_IN_PERSON(false),
    /** A chat space such as Slack, Discord or Matrix. */
    ONLINE_CHAT(true),
    /** A forum, mailing list or issue tracker. */
    ONLINE_FORUM(true),
    /** A video call or online event session. */
    VIDEO_CALL(true),
    /** Social media. */
    SOCIAL_MEDIA(true),
    /** Private online messages. */
    PRIVATE_MESSAGES(true),
    /** E-mail. */
    EMAIL(true),
    /** Somewhere else online. */
    OTHER_ONLINE(true);

    private final boolean online;

    SpaceKind(boolean online) {
        this.online = online;
    }

    /**
     * Tells whether the space is online.
     *
     * @return true for online spaces
     */
    public boolean isOnline() {
        return online;
    }
}
