package org.cocworkflow.store.retention;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cocworkflow.core.edition.EditionSettings;
import org.cocworkflow.core.edition.PolicyEditionId;

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
     * Returns a policy with each edition's own settings; cases of other editions are never purged. An application
     * that advises with coc-rules passes the settings of the editions it loaded, e.g.
     * {@code editions.stream().collect(Collectors.toMap(Edition::id, Edition::settings))}.
     *
     * @param settingsByEdition the settings of each edition the organization has used
     * @return the policy
     */
    static RetentionPolicy of(Map<PolicyEditionId, EditionSettings> settingsByEdition) {
        Map<PolicyEditionId, EditionSettings> copy = Map.copyOf(settingsByEdition);
        return edition -> Optional.ofNullable(copy.get(edition));
    }
}
