package org.cocworkflow.core.sanction;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.SpaceKind;
import org.immutables.value.Value;

/**
 * The facts of a case that decide which sanctions can apply to one accused party. Built from a case's state by
 * {@link org.cocworkflow.core.casefile.CaseState#sanctionFacts(org.cocworkflow.core.party.PartyId)}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSanctionFacts.class)
@JsonDeserialize(as = ImmutableSanctionFacts.class)
public interface SanctionFacts {
    /**
     * Returns the accused party the sanction would apply to.
     *
     * @return the accused
     */
    Party accused();

    /**
     * Returns the kind of space the incident happened in.
     *
     * @return the space kind
     */
    SpaceKind space();

    /**
     * Returns the circumstances of the incident.
     *
     * @return the circumstances
     */
    Set<Circumstance> circumstances();

    /**
     * Tells whether the case names a target.
     *
     * @return true if at least one party is a target
     */
    boolean targetIdentified();

    /**
     * Tells whether a victim asked for help with law enforcement.
     *
     * @return true if a target requested a law-enforcement referral
     */
    boolean victimRequestedLawEnforcement();
}
