package org.cocworkflow.rules;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the rules need to know about the organization: who to contact, the services it hands to people who need help
 * (seed 003, "List of emergency resources"; seed 000, confidential services), and whether the preparations of seed
 * 003 ("Preparation", "Record Keeping") are in place. Immutable and thread-safe.
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

    /**
     * Returns who takes a report against one of the global organization's own people, whom the global organization
     * cannot handle impartially (seed 003, "Informing PyLadies Global": if the report is against someone on the list,
     * reach out to someone else).
     *
     * @return the alternative contact, if there is one
     */
    public abstract Optional<String> globalOrganizationAlternativeContact();

    /**
     * Returns who takes a case the team cannot handle (a report against someone who handles reports, every member
     * conflicted, a response overdue) where there is no global organization: a lead of the team, for example.
     *
     * @return the contact, if there is one
     */
    public abstract Optional<String> escalationContact();

    /**
     * Returns whom staff give an upset attendee to write to when talking was not enough (seed 003, "Dealing with
     * upset attendees": "Please email our conference director").
     *
     * @return the contact, if there is one
     */
    public abstract Optional<String> attendeeConcernsContact();

    /**
     * Returns the list of emergency resources (seed 003, "List of emergency resources": local emergency services with
     * emergency and non-emergency numbers, mental health services, sexual assault hotlines), which the messages that
     * hand them over carry.
     *
     * @return the entries, possibly none
     */
    public abstract List<SupportService> emergencyResources();

    /**
     * Returns the confidential services a survivor can talk to without it being reported (seed 000), which a
     * response-team member who is a mandatory reporter offers before taking details.
     *
     * @return the entries, possibly none
     */
    public abstract List<SupportService> confidentialServices();

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
