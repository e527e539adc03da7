package org.cocworkflow.core.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.consent.ConsentGrant;
import org.cocworkflow.core.consent.ConsentHolders;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.internal.Require;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Relationship;
import org.immutables.value.Value;

/**
 * A report of a Code of Conduct violation as the organizers received it (seed 003, "Receiving a Complaint"; seed
 * 004, "How to Report").
 *
 * <p>It holds who reports (absent for an anonymous report), who was targeted, who is accused and who else was
 * involved; what happened, when and where, and around which circumstances; evidence references; the actions the
 * reporter asks for; the consent the reporter gives with the report and their confidentiality wishes.
 *
 * <p>Structural rules checked on every build: party ids are unique, at least one party is accused, at most one
 * reports and the reporter is not also the accused, report parties hold incident roles only, relationships point at
 * parties of the report, consent given with the report is the reporter's to give, and the incident is not dated
 * after the report. The description and every other free text are redacted from {@code toString()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReport.class)
@JsonDeserialize(as = ImmutableReport.class)
public interface Report {
    /**
     * Returns when the organizers received the report.
     *
     * @return the time of receipt
     */
    Instant receivedAt();

    /**
     * Returns how the report arrived.
     *
     * @return the channel
     */
    ReportChannel channel();

    /**
     * Returns the description of the conduct, in the reporter's words or as written down by the organizer.
     *
     * @return a non-blank description
     */
    @Value.Redacted
    String description();

    /**
     * Returns where the incident happened.
     *
     * @return the space
     */
    IncidentSpace space();

    /**
     * Returns the approximate time of the conduct, where it differs from the time of the report. The policy
     * edition in force at this time judges the case.
     *
     * @return the incident time, if given
     */
    Optional<Instant> incidentAt();

    /**
     * Returns the effect the conduct had on the reporter, if they chose to say (seed 004).
     *
     * @return the effect
     */
    @Value.Redacted
    Optional<String> effects();

    /**
     * Returns the circumstances of the incident.
     *
     * @return the circumstances, possibly none
     */
    Set<Circumstance> circumstances();

    /**
     * Returns the people in the report: the reporter, targets, accused, witnesses and others involved.
     *
     * @return the parties, at least one accused
     */
    List<Party> parties();

    /**
     * Returns references to evidence.
     *
     * @return the references, possibly none
     */
    List<EvidenceRef> evidence();

    /**
     * Returns the actions the reporter asks for (seed 004 catalogues).
     *
     * @return the requested actions, possibly none
     */
    Set<RequestedAction> requestedActions();

    /**
     * Returns the reporter's own words on what they want done.
     *
     * @return the note, if any
     */
    @Value.Redacted
    Optional<String> requestNote();

    /**
     * Returns the consent the reporter gives with the report.
     *
     * @return the grants, possibly none; each is the reporter's to give
     */
    List<ConsentGrant> consent();

    /**
     * Returns the recipient classes the reporter explicitly asks not to learn who they are (seed 004: "treat this
     * complaint in confidence"). Without consent nothing is shared anyway; the wishes are kept as said.
     *
     * @return the classes, possibly none
     */
    Set<RecipientClass> confidentialFrom();

    /**
     * Returns the reporter's own words on confidentiality.
     *
     * @return the note, if any
     */
    @Value.Redacted
    Optional<String> confidentialityNote();

    /**
     * Returns reports of the same conduct already made elsewhere.
     *
     * @return the prior reports, possibly none
     */
    List<PriorReport> reportedElsewhere();

    /**
     * Returns the case this report says the conduct retaliates for (seed 002: retaliation against someone who
     * reported or witnessed is its own violation), when the reporter or the organizer who took the report knows it:
     * the advice then suggests linking the two cases.
     *
     * @return the earlier case, by id; empty when the report names none
     */
    Optional<CaseId> retaliationFor();

    /**
     * Returns the reporter, if the report is not anonymous.
     *
     * @return the party holding {@link CaseRole#REPORTER}
     */
    default Optional<Party> reporter() {
        return parties().stream().filter(p -> p.has(CaseRole.REPORTER)).findFirst();
    }

    /**
     * Returns the parties holding a role.
     *
     * @param role the role
     * @return the parties, in report order
     */
    default List<Party> partiesWith(CaseRole role) {
        return parties().stream().filter(p -> p.has(role)).toList();
    }

    /**
     * Tells whether the report is anonymous.
     *
     * @return true if nobody holds {@link CaseRole#REPORTER}
     */
    default boolean isAnonymous() {
        return reporter().isEmpty();
    }

    /**
     * Returns the time the case is judged at: the incident time, or the time of the report.
     *
     * @return the incident time if given, else the time of receipt
     */
    default Instant judgedAt() {
        return incidentAt().orElse(receivedAt());
    }

    @Value.Check
    default void check() {
        Require.notBlank(description(), "a report's description");
        Set<PartyId> ids = new HashSet<>();
        for (Party party : parties()) {
            Require.that(ids.add(party.id()), "party ids must be unique within a report");
            Require.that(party.roles().stream().allMatch(CaseRole::isIncidentRole),
                    "parties of a report hold incident roles only (reporter, target, accused, witness, involved); "
                            + "response-team members join the case through actions");
        }
        Require.that(parties().stream().anyMatch(p -> p.has(CaseRole.ACCUSED)),
                "a report must name at least one accused party (an unidentified person with a description will do)");
        Require.that(parties().stream().filter(p -> p.has(CaseRole.REPORTER)).count() <= 1,
                "a report has at most one reporter");
        // A speaker asking the team to review their own material is not reporting a violation: the advice for a
        // complaint (the victim's choice, notices to the accused) cannot apply to it (issue 15).
        Require.that(reporter().filter(r -> r.has(CaseRole.ACCUSED)).isEmpty(), "the reporter of a report cannot "
                + "also be its accused: a request to review one's own material (slides, a recording, a post) is not a "
                + "report, so ask the response team for a review without opening a case; someone owning up to their "
                + "own conduct is recorded as the accused of a report without a reporter");
        for (Party party : parties()) {
            for (Relationship relationship : party.relationships()) {
                Require.that(ids.contains(relationship.with()),
                        "a relationship must point at a party of the same report");
            }
        }
        Optional<Party> reporter = reporter();
        for (ConsentGrant grant : consent()) {
            Require.that(reporter.isPresent() && reporter.get().id().equals(grant.grantor()),
                    "consent given with a report is the reporter's own; record other people's consent on the case");
            Require.that(grant.items().stream().allMatch(i -> ConsentHolders.mayGrant(reporter.get(), i, parties())),
                    "the reporter can consent only to sharing their own identity, their identity as a victim, "
                            + "and incident details where they are a consent holder");
        }
        Require.that(confidentialFrom().isEmpty() || reporter.isPresent(),
                "an anonymous report has no reporter whose confidentiality wishes could be recorded");
        Require.that(retaliationFor().isEmpty() || circumstances().contains(Circumstance.RETALIATION),
                "a report that names the case it retaliates for has the circumstance RETALIATION");
        incidentAt().ifPresent(at -> Require.that(!at.isAfter(receivedAt()),
                "the incident time must not be after the time the report was received"));
    }

    /**
     * Starts building a report.
     *
     * @return the first stage of the builder
     */
    static ImmutableReport.ReceivedAtBuildStage builder() {
        return ImmutableReport.builder();
    }
}
