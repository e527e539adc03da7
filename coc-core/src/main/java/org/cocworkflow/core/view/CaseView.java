package org.cocworkflow.core.view;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.EscalationReason;
import org.cocworkflow.core.casefile.ActionRecorded;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.casefile.CaseStatus;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.ImmutableParty;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.report.SpaceKind;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.immutables.value.Value;

/**
 * What one role may see of a case, computed from the role and the consent in force, never chosen by the caller
 * (DESIGN, "The flow of one case"; invariants I1, I5, I6, I8).
 *
 * <ul>
 *   <li>The handler and members of the response team without a conflict of interest see the whole case.</li>
 *   <li>A member with a conflict of interest sees that the case exists, nothing more.</li>
 *   <li>The global organization sees the whole case when it handles it; otherwise the nature of the incident, the
 *       status and sanctions, the accused, and the victim's and reporter's identity and the details only where
 *       they consented to the global organization.</li>
 *   <li>An accused party, once told of the complaint, sees the case's status, what was said to them, the
 *       sanctions on them and where to appeal; the details and who the victim and reporter are only with their
 *       consent; witnesses never. Before being told, nothing.</li>
 *   <li>The community sees the announcements only.</li>
 * </ul>
 *
 * Every role sees whether the case holds an imported history the guards did not check. Immutable and thread-safe; it holds case content, so it is redacted from {@code toString()} like every value.
 */
@Value.Immutable
public abstract class CaseView {
    CaseView() {
        // only the generated implementation extends this class
    }

    /** @return the case */
    public abstract CaseId caseId();

    /** @return the role the view is for */
    public abstract ViewerRole role();

    /** @return where the case stands, if the role may know */
    public abstract Optional<CaseStatus> status();

    /** @return the edition the case is judged under, if the role may know */
    public abstract Optional<PolicyEditionId> edition();

    /** @return the whole report, for the response team */
    public abstract Optional<Report> report();

    /** @return the kind of space, part of the nature of the incident, if the role may know */
    public abstract Optional<SpaceKind> space();

    /** @return the circumstances, part of the nature of the incident, if the role may know */
    public abstract Set<Circumstance> circumstances();

    /** @return the description of the incident, if the role may see the details */
    @Value.Redacted
    public abstract Optional<String> description();

    /** @return the parties as the role may see them: identities the role may not see are left out */
    public abstract List<Party> parties();

    /** @return the case's events, for the response team */
    public abstract List<CaseEvent> events();

    /** @return what was said to the viewer (the accused): the notice of complaint and of the decision */
    public abstract List<Action> toViewer();

    /** @return the sanctions in force that the role may know of */
    public abstract List<ImposedSanction> sanctions();

    /** @return where to appeal, for the accused once the decision was communicated */
    public abstract Optional<String> appealContact();

    /** @return the announcements made to the community */
    public abstract List<Action.Announce> announcements();

    /**
     * Returns the last event of an imported history that the guards did not check, shown to every role so that
     * nobody takes an imported case for one the guards kept (see {@link
     * org.cocworkflow.core.casefile.CaseFile#importUnverified}).
     *
     * @return the sequence number of the last unverified event; empty if the case was not imported
     */
    public abstract OptionalLong unverifiedThrough();

    /** @return true if the case holds events imported without the guards' check */
    public boolean importedUnverified() {
        return unverifiedThrough().isPresent();
    }

    /**
     * Returns the view of a role that does not depend on who exactly looks: the handler, a response-team member
     * without a conflict, the global organization, or the community.
     *
     * @param file the case
     * @param role the role; not {@link ViewerRole#ACCUSED}, which needs the party
     * @return the view
     * @throws IllegalArgumentException for the accused role
     */
    public static CaseView of(CaseFile file, ViewerRole role) {
        if (role == ViewerRole.ACCUSED) {
            throw new IllegalArgumentException("the accused's view depends on which accused looks; use "
                    + "of(file, role, party)");
        }
        return build(file, role, Optional.empty());
    }

    /**
     * Returns the view of a particular party in a role. For a response-team member the role is recomputed from
     * the case: a member with a conflict of interest gets the conflicted view whatever role was asked for.
     *
     * @param file the case
     * @param role the role
     * @param viewer the party who looks
     * @return the view
     * @throws IllegalArgumentException if the viewer does not hold the role in this case
     */
    public static CaseView of(CaseFile file, ViewerRole role, PartyId viewer) {
        Objects.requireNonNull(viewer, "viewer");
        CaseState state = file.state();
        Set<CaseRole> roles = state.rolesOf(viewer);
        ViewerRole effective = role;
        switch (role) {
            case HANDLER, RESPONSE_TEAM_MEMBER, CONFLICTED_MEMBER -> {
                if (!roles.contains(CaseRole.RESPONSE_TEAM_MEMBER)) {
                    throw new IllegalArgumentException("the viewer is not on the case's response team");
                }
                effective = state.hasConflictOfInterest(viewer) ? ViewerRole.CONFLICTED_MEMBER
                        : roles.contains(CaseRole.HANDLER) ? ViewerRole.HANDLER : ViewerRole.RESPONSE_TEAM_MEMBER;
            }
            case ACCUSED -> {
                if (!roles.contains(CaseRole.ACCUSED)) {
                    throw new IllegalArgumentException("the viewer is not accused in this case");
                }
            }
            default -> {
                // the global organization and the community are not parties of the case
            }
        }
        return build(file, effective, Optional.of(viewer));
    }

    /**
     * Returns the view of a response-team member, with the role computed from the case: handler, member, or
     * conflicted member.
     *
     * @param file the case
     * @param member the member
     * @return the view
     * @throws IllegalArgumentException if the party is not on the case's response team
     */
    public static CaseView forTeamMember(CaseFile file, PartyId member) {
        return of(file, ViewerRole.RESPONSE_TEAM_MEMBER, member);
    }

    private static CaseView build(CaseFile file, ViewerRole role, Optional<PartyId> viewer) {
        CaseState state = file.state();
        ImmutableCaseView.BuildFinal view = ImmutableCaseView.builder().caseId(state.caseId()).role(role)
                .unverifiedThrough(state.unverifiedThrough());
        List<Action.Announce> announcements = announcements(file);
        switch (role) {
            case HANDLER, RESPONSE_TEAM_MEMBER -> whole(file, view);
            case CONFLICTED_MEMBER -> {
                // that the case exists, nothing more
            }
            case GLOBAL_ORGANIZATION -> {
                if (handledByGlobalOrganization(state)) {
                    whole(file, view);
                } else {
                    view.status(state.status()).edition(state.edition()).space(state.report().space().kind())
                            .addAllCircumstances(state.report().circumstances())
                            .addAllSanctions(state.sanctionsInForce())
                            .addAllAnnouncements(announcements)
                            .addAllParties(outsiders(state, RecipientClass.GLOBAL_ORGANIZATION));
                    if (mayReach(state, RecipientClass.GLOBAL_ORGANIZATION, DisclosureItem.INCIDENT_DETAILS)) {
                        view.description(state.report().description());
                    }
                }
            }
            case ACCUSED -> accused(file, viewer.orElseThrow(), view, announcements);
            case COMMUNITY -> view.addAllAnnouncements(announcements);
        }
        return view.build();
    }

    private static void whole(CaseFile file, ImmutableCaseView.BuildFinal view) {
        CaseState state = file.state();
        view.status(state.status()).edition(state.edition()).report(state.report())
                .space(state.report().space().kind()).addAllCircumstances(state.report().circumstances())
                .description(state.report().description()).addAllParties(state.parties())
                .addAllEvents(file.events()).addAllSanctions(state.sanctionsInForce())
                .appealContact(state.appealContact()).addAllAnnouncements(announcements(file));
    }

    private static void accused(CaseFile file, PartyId accused, ImmutableCaseView.BuildFinal view,
            List<Action.Announce> announcements) {
        CaseState state = file.state();
        if (!state.accusedNotified().contains(accused)) {
            return; // not told yet: the view must not tell them
        }
        view.status(state.status()).addAllAnnouncements(announcements);
        List<Party> parties = new ArrayList<>();
        state.party(accused).ifPresent(parties::add);
        state.handler().flatMap(state::party).ifPresent(parties::add);
        for (Party party : outsiders(state, RecipientClass.ACCUSED)) {
            boolean victimSide = party.has(CaseRole.TARGET) || party.has(CaseRole.REPORTER);
            if (victimSide && !party.id().equals(accused)) {
                parties.add(party);
            }
        }
        view.addAllParties(parties);
        if (mayReach(state, RecipientClass.ACCUSED, DisclosureItem.INCIDENT_DETAILS)) {
            view.space(state.report().space().kind()).addAllCircumstances(state.report().circumstances())
                    .description(state.report().description());
        }
        for (CaseEvent event : file.events()) {
            if (event instanceof ActionRecorded recorded) {
                Action action = recorded.action();
                if (action instanceof Action.NotifyAccused n && n.accused().equals(accused)
                        || action instanceof Action.CommunicateDecision c && c.accused().equals(accused)
                        || action instanceof Action.DiscourageApology d && d.accused().equals(accused)) {
                    view.addToViewer(action);
                }
            }
        }
        if (state.decisionNotices().containsKey(accused) && !state.accusedAwaitingDecision().contains(accused)) {
            view.addAllSanctions(state.sanctionsInForce().stream().filter(s -> s.on().equals(accused)).toList())
                    .appealContact(state.appealContact());
        }
    }

    /** The parties as someone outside the team may see them: the accused whole, others only as consented. */
    private static List<Party> outsiders(CaseState state, RecipientClass recipient) {
        List<Party> parties = new ArrayList<>();
        for (Party party : state.incidentParties()) {
            if (party.has(CaseRole.ACCUSED)) {
                parties.add(party);
                continue;
            }
            boolean target = party.has(CaseRole.TARGET);
            boolean reporter = party.has(CaseRole.REPORTER);
            if (!target && !reporter) {
                continue; // witnesses and others involved are never identified outside the team
            }
            boolean identityConsented = (!target || state.consent().granted(party.id(), recipient,
                    DisclosureItem.VICTIM_IDENTITY))
                    && (!reporter || state.consent().granted(party.id(), recipient, DisclosureItem.REPORTER_IDENTITY));
            parties.add(identityConsented ? party : anonymous(party));
        }
        return parties;
    }

    private static Party anonymous(Party party) {
        Set<CaseRole> roles = EnumSet.copyOf(party.roles());
        return ImmutableParty.builder().id(party.id()).addAllRoles(roles).build();
    }

    private static boolean mayReach(CaseState state, RecipientClass recipient, DisclosureItem item) {
        return state.consent().grantedByAll(state.consentHolders(), recipient, item);
    }

    private static boolean handledByGlobalOrganization(CaseState state) {
        boolean handedOver = state.escalations().stream().anyMatch(r -> r == EscalationReason.ACCUSED_HANDLES_REPORTS
                || r == EscalationReason.NO_UNCONFLICTED_HANDLER);
        return handedOver && state.partiesWith(CaseRole.RESPONSE_TEAM_MEMBER).stream()
                .anyMatch(p -> p.has(Standing.GLOBAL_ORGANIZATION));
    }

    private static List<Action.Announce> announcements(CaseFile file) {
        List<Action.Announce> announcements = new ArrayList<>();
        for (CaseEvent event : file.events()) {
            if (event instanceof ActionRecorded recorded && recorded.action() instanceof Action.Announce announce) {
                announcements.add(announce);
            }
        }
        return announcements;
    }
}
