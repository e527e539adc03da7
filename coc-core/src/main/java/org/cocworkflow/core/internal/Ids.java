package org.cocworkflow.core.internal;

import java.util.regex.Pattern;

/** The shape shared by every identifier of the library (party, case, edition). */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private Ids() {
    }

    /**
     * Checks the shape of an identifier: 1 to 64 characters, letters, digits and {@code . _ : -}, starting with a
     * letter or digit. The shape keeps e-mail addresses and names with spaces out of identifiers, which appear in
     * logs and error positions.
     *
     * @param id the identifier
     * @param what what kind of identifier, used in the message
     */
    public static void check(String id, String what) {
        Require.that(ID.matcher(id).matches(), what + " must be 1 to 64 characters of letters, digits and . _ : -, "
                + "starting with a letter or digit (ids must not carry names or contacts)");
    }
}
