package org.cocworkflow.core.party;

/** The kinds of identifier a person can be recognised by across cases. */
public enum IdentifierKind {
    /** An e-mail address. */
    EMAIL,
    /** A handle on an online service, qualified by the service's name. */
    HANDLE
}
