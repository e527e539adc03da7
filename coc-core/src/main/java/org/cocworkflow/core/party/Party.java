package org.cocworkflow.core.party;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.internal.Require;
import org.immutables.value.Value;

/**
 * A person in a case: a reporter, target, accused, witness or other person involved, or a member of the response
 * team handling it (seed 003, "Receiving a Complaint" and "Meeting").
 *
 * <p>Names, descriptions, identifiers, contacts and employers are case content: they are redacted from
 * {@code toString()} and never appear in exception messages. Relationships are declared by this party towards other
 * parties of the same case and make conflicts of interest computable.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParty.class)
@JsonDeserialize(as = ImmutableParty.class)
public interface Party {
    /**
     * Returns the party's handle within the case.
     *
     * @return the id
     */
    PartyId id();

    /**
     * Returns the roles the party holds in the case; never {@link CaseRole#HANDLER}, which is assigned by an action.
     *
     * @return at least one role
     */
    Set<CaseRole> roles();

    /**
     * Returns the person's name as they want it used.
     *
     * @return the name, if known
     */
    @Value.Redacted
    Optional<String> displayName();

    /**
     * Returns a description that helps recognise a person whose name is not known.
     *
     * @return the description, if any
     */
    @Value.Redacted
    Optional<String> description();

    /**
     * Returns the e-mail addresses and handles the person is known by.
     *
     * @return the identifiers, possibly none
     */
    List<Identifier> identifiers();

    /**
     * Returns how to reach the person for follow-up (seed 003: "How you can contact them for follow up").
     *
     * @return the contact, if the person gave one
     */
    @Value.Redacted
    Optional<String> contact();

    /**
     * Returns the person's positions in the community or event.
     *
     * @return the standings, possibly none
     */
    Set<Standing> standings();

    /**
     * Returns the travel grant or similar support the person received, if any.
     *
     * @return the grant
     */
    Optional<TravelGrant> travelGrant();

    /**
     * Returns the person's employer, for employer reports (seed 003, "Employer reports").
     *
     * @return the employer's name, if known
     */
    @Value.Redacted
    Optional<String> employer();

    /**
     * Returns the relationships this person declares with other parties of the case.
     *
     * @return the declared relationships, possibly none
     */
    List<Relationship> relationships();

    /**
     * Tells whether this person is a mandatory reporter (for example under an institution's rules), who must say
     * so and offer confidential alternatives before taking details (seed 000).
     *
     * @return true for a response-team member who is a mandatory reporter
     */
    @Value.Default
    default boolean mandatoryReporter() {
        return false;
    }

    /**
     * Tells whether the party holds a role.
     *
     * @param role the role
     * @return true if the party holds it
     */
    default boolean has(CaseRole role) {
        return roles().contains(role);
    }

    /**
     * Tells whether the party holds a standing.
     *
     * @param standing the standing
     * @return true if the party holds it
     */
    default boolean has(Standing standing) {
        return standings().contains(standing);
    }

    /**
     * Tells whether the party declared a relationship with another party.
     *
     * @param other the other party
     * @return true if any relationship with {@code other} is declared
     */
    default boolean declaresRelationshipWith(PartyId other) {
        return relationships().stream().anyMatch(r -> r.with().equals(other));
    }

    @Value.Check
    default void check() {
        Require.that(!roles().isEmpty(), "a party must hold at least one role");
        Require.that(!roles().contains(CaseRole.HANDLER),
                "the handler role is given by assigning a handler, not in a party's roles");
        Require.that(!roles().contains(CaseRole.RESPONSE_TEAM_MEMBER)
                        || roles().stream().noneMatch(r -> r == CaseRole.ACCUSED || r == CaseRole.TARGET),
                "a response-team member of a case cannot also be its accused or target");
        Require.that(relationships().stream().noneMatch(r -> r.with().equals(id())),
                "a party cannot declare a relationship with itself");
        Require.that(!mandatoryReporter() || roles().contains(CaseRole.RESPONSE_TEAM_MEMBER),
                "only a response-team member is flagged as a mandatory reporter");
        displayName().ifPresent(n -> Require.notBlank(n, "a party's display name"));
    }

    /**
     * Starts building a party.
     *
     * @return the first stage of the builder
     */
    static ImmutableParty.IdBuildStage builder() {
        return ImmutableParty.builder();
    }
}
