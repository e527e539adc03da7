package org.cocworkflow.core.identity;

/** What an identity key was computed from. */
public enum IdentityKind {
    /** A normalized e-mail address: a match identifies the person. */
    EMAIL("email"),
    /** A normalized handle on a named service: a match identifies the account. */
    HANDLE("handle"),
    /** A normalized name: a match is only a reason for a person to look (names are shared and change). */
    NAME("name");

    private final String tag;

    IdentityKind(String tag) {
        this.tag = tag;
    }

    /**
     * Returns the short tag used in a key's text form and as the hash's domain separator.
     *
     * @return the tag, e.g. {@code email}
     */
    public String tag() {
        return tag;
    }

    static IdentityKind fromTag(String tag) {
        for (IdentityKind kind : values()) {
            if (kind.tag.equals(tag)) {
                return kind;
            }
        }
        return null;
    }
}
