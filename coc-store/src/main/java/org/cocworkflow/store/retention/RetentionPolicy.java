package org.cocworkflow.store.retention;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.EditionSettings;

/**
 * The retention periods that apply to a case: those of the policy edition it is judged under (seed 003,
 * "Evaluation": this year's rules for this year's cases; "Data retention": how long records are kept). A case whose
 * edition the policy does not know is never purged; the purge counts it so the gap is noticed.
 *
 * <p>Implementations must be thread-safe and answer the same for the same edition.
 */
@FunctionalInterface
public interface RetentionPolicy {
    /**
     * Returns the settings of an edition.
     *
     * @param edition the case's edition
     * @return its settings, or empty if the policy does not know the edition
     */
    Optional<EditionSettings> settingsFor(PolicyEditionId edition);

    /**
     * Returns a policy with the default settings for every edition.
     *
     * @return the policy
     */
    static RetentionPolicy defaults() {
        return uniform(EditionSettings.defaults());
    }

    /**
     * Returns a policy with the same settings for every edition.
     *
     * @param settings the settings
     * @return the policy
     */
    static RetentionPolicy uniform(EditionSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return edition -> Optional.of(settings);
    }

    /**
     * Returns a policy with each edition's own settings; cases of other editions are never purged.
     *
     * @param editions the editions the organization has used, e.g. those loaded into the advisor
     * @return the policy
     * @throws IllegalArgumentException if two editions share an id
     */
    static RetentionPolicy of(Collection<Edition> editions) {
        Map<PolicyEditionId, EditionSettings> settings = new LinkedHashMap<>();
        for (Edition edition : editions) {
            if (settings.put(edition.id(), edition.settings()) != null) {
                throw new IllegalArgumentException("two editions share an id; each edition's settings are given once");
            }
        }
        Map<PolicyEditionId, EditionSettings> copy = Map.copyOf(settings);
        return edition -> Optional.ofNullable(copy.get(edition));
    }
}
