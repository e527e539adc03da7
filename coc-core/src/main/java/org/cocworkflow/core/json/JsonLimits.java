package org.cocworkflow.core.json;

import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.internal.Require;
import org.immutables.value.Value;

/**
 * The intake limits applied when reading JSON. Documents over a limit are refused before or while parsing, so a
 * hostile document costs little. The defaults fit real reports with room to spare: a long account with pasted
 * e-mail headers is well under the string limit.
 */
@Value.Immutable
public abstract class JsonLimits {
    JsonLimits() {
        // only the generated implementation extends this class
    }

    /** @return the largest document accepted, in characters; default 4,000,000 */
    @Value.Default
    public int maxDocumentChars() {
        return 4_000_000;
    }

    /** @return the deepest nesting of arrays and objects accepted; default 32 (the format needs about 8) */
    @Value.Default
    public int maxNestingDepth() {
        return 32;
    }

    /** @return the longest string value accepted, in characters; default 200,000 */
    @Value.Default
    public int maxStringLength() {
        return 200_000;
    }

    /** @return the longest field name accepted, in characters; default 128 */
    @Value.Default
    public int maxFieldNameLength() {
        return 128;
    }

    /**
     * Returns the most events a case-file document may hold; a longer one is refused before its events are read.
     *
     * @return the limit; default and at most {@code CaseFile.MAX_EVENTS} (10,000)
     */
    @Value.Default
    public int maxEvents() {
        return CaseFile.MAX_EVENTS;
    }

    /** @return the most problems listed in one error; default 100 */
    @Value.Default
    public int maxProblemsListed() {
        return 100;
    }

    @Value.Check
    void check() {
        Require.that(maxDocumentChars() > 0, "maxDocumentChars must be positive");
        Require.that(maxNestingDepth() > 0, "maxNestingDepth must be positive");
        Require.that(maxStringLength() > 0, "maxStringLength must be positive");
        Require.that(maxFieldNameLength() > 0, "maxFieldNameLength must be positive");
        Require.that(maxProblemsListed() > 0, "maxProblemsListed must be positive");
        Require.that(maxEvents() > 0 && maxEvents() <= CaseFile.MAX_EVENTS,
                "maxEvents must be positive and at most " + CaseFile.MAX_EVENTS);
    }

    /**
     * Returns the default limits.
     *
     * @return the defaults
     */
    public static JsonLimits defaults() {
        return ImmutableJsonLimits.builder().build();
    }

    /**
     * Starts building limits from the defaults.
     *
     * @return a builder
     */
    public static ImmutableJsonLimits.Builder builder() {
        return ImmutableJsonLimits.builder();
    }
}
