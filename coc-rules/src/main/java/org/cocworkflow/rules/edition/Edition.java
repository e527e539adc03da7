package org.cocworkflow.rules.edition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.edition.EditionSettings;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.rules.internal.Require;
import org.immutables.value.Value;

/**
 * A policy edition: its id, when it comes into force, its settings and its DRL files (seed 003, "Evaluation").
 * Build one with {@link Editions}: the shipped edition, or an author's directory on top of it.
 */
@Value.Immutable
public interface Edition {
    /** @return the edition's id */
    PolicyEditionId id();

    /** @return when it comes into force: cases whose incident is at or after this are judged under it */
    Instant effectiveFrom();

    /** @return a short description for people */
    Optional<String> description();

    /** @return the settings */
    EditionSettings settings();

    /** @return the DRL files, one concern each */
    List<RuleFile> files();

    /** @return true if the files are exactly those shipped with the library, so the precompiled model applies */
    @Value.Default
    default boolean shippedRules() {
        return false;
    }

    @Value.Check
    default void check() {
        Require.that(!files().isEmpty(), "an edition has at least one rule file");
        Require.that(files().stream().map(RuleFile::path).distinct().count() == files().size(),
                "the rule files of an edition have distinct paths");
    }
}
