package org.cocworkflow.rules;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the rules need to know about the organization: who to contact, and whether the preparations of seed 003
 * ("Preparation", "Record Keeping") are in place.
 */
@Value.Immutable
public abstract class OrganizationSettings {
    OrganizationSettings() {
        // only the generated implementation extends this class
    }

    /** @return how to reach the global organization, if there is one */
    public abstract Optional<String> globalOrganizationContact();

    /** @return where the accused can appeal, if anywhere */
    public abstract Optional<String> appealContact();

    /** @return whether the list of emergency resources (emergency services, mental health, hotlines) is ready */
    @Value.Default
    public boolean emergencyResourcesListed() {
        return false;
    }

    /** @return whether a reporting form and a contact for reports are published */
    @Value.Default
    public boolean reportingFormPublished() {
        return false;
    }

    /** @return whether the members of the response team are named to the community */
    @Value.Default
    public boolean responseTeamNamed() {
        return false;
    }

    /**
     * Returns settings with nothing known.
     *
     * @return the settings
     */
    public static OrganizationSettings none() {
        return ImmutableOrganizationSettings.builder().build();
    }

    /**
     * Starts building settings.
     *
     * @return a builder
     */
    public static ImmutableOrganizationSettings.Builder builder() {
        return ImmutableOrganizationSettings.builder();
    }
}
