package org.cocworkflow.rules.edition;

import org.immutables.value.Value;

/** One DRL file of an edition: its path within the edition, e.g. {@code triage.drl}, and its text. */
@Value.Immutable
public interface RuleFile {
    /** @return the path within the edition, used in error positions */
    String path();

    /** @return the DRL text */
    String text();

    /**
     * Creates a rule file.
     *
     * @param path the path within the edition
     * @param text the DRL text
     * @return the file
     */
    static RuleFile of(String path, String text) {
        return ImmutableRuleFile.builder().path(path).text(text).build();
    }
}
