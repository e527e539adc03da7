package org.cocworkflow.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.ContactOutcome;
import org.cocworkflow.core.action.ImmutableRecordContactAttempt;
import org.cocworkflow.core.action.ImmutableTakeInterimMeasure;
import org.cocworkflow.core.action.InterimMeasure;
import org.cocworkflow.core.action.InterimReview;
import org.cocworkflow.core.action.Votes;
import org.cocworkflow.core.casefile.Decision;
import org.cocworkflow.core.casefile.InterimMeasureTaken;
import org.cocworkflow.core.casefile.Meeting;
import org.cocworkflow.core.report.EventWindow;
import org.cocworkflow.core.response.DecisionMethod;
import org.cocworkflow.core.response.DecisionRules;
import org.cocworkflow.core.action.AnnouncementKind;
import org.cocworkflow.core.action.Authority;
import org.cocworkflow.core.action.EscalationReason;
import org.cocworkflow.core.action.ExternalBody;
import org.cocworkflow.core.action.ImmutableAnnounce;
import org.cocworkflow.core.action.ImmutableCommunicateDecision;
import org.cocworkflow.core.action.ImmutableDecideAppeal;
import org.cocworkflow.core.action.ImmutableDisclose;
import org.cocworkflow.core.action.ImmutableInformGlobalOrganization;
import org.cocworkflow.core.action.ImmutableNotifyAccused;
import org.cocworkflow.core.action.ImmutableRecordAppeal;
import org.cocworkflow.core.action.ImmutableRecordApologyPressed;
import org.cocworkflow.core.action.ImmutableRecordBan;
import org.cocworkflow.core.action.ImmutableRecordDecision;
import org.cocworkflow.core.action.ImmutableRecordRequest;
import org.cocworkflow.core.action.ImmutableReportToExternalBody;
import org.cocworkflow.core.action.ImmutableRespondToUpsetAttendee;
import org.cocworkflow.core.action.LinkKind;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.action.ReminderAudience;
import org.cocworkflow.core.action.ReopenReason;
import org.cocworkflow.core.action.Resolution;
import org.cocworkflow.core.action.ThirdParty;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.consent.ConsentGrant;
import org.cocworkflow.core.consent.ConsentHolders;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.party.ImmutableParty;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Relationship;
import org.cocworkflow.core.party.RelationshipKind;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.party.TravelGrant;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.EvidenceRef;
import org.cocworkflow.core.report.ImmutableEvidenceRef;
import org.cocworkflow.core.report.ImmutableIncidentSpace;
import org.cocworkflow.core.report.ImmutablePriorReport;
import org.cocworkflow.core.report.ImmutableReport;
import org.cocworkflow.core.report.IncidentSpace;
import org.cocworkflow.core.report.OtherAuthority;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.report.ReportChannel;
import org.cocworkflow.core.report.RequestedAction;
import org.cocworkflow.core.report.SpaceKind;
import org.cocworkflow.core.report.VenueKind;
import org.cocworkflow.core.response.AppealOutcome;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.response.Gravity;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.response.SafetyAssessment;
import org.cocworkflow.core.response.VictimWish;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.core.sanction.SanctionDuration;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * All generators of coc-core, in one place, built from the domain's builders. Published in coc-core's test-jar
 * so that coc-rules and coc-store generate the same shapes.
 *
 * <p>The generators reach the rare cases on purpose: threats to safety, accused organizers and team members,
 * conflicted team members, conditional travel grants, revoked consent. {@code GeneratorCoverageTest} asserts how
 * often. Content (names, contacts, descriptions, free text) comes from one text generator, which
 * {@link #withContent(String)} replaces to plant a canary in every content field.
 */
public final class CocGenerators {
    /** The earliest time a generated report is received. */
    public static final Instant EPOCH = Instant.parse("2026-03-02T09:00:00Z");
    /** The team member who receives every generated report. */
    public static final PartyId RECEIVER = PartyId.of("team-0");
    /** Editions generated cases are judged under. */
    public static final List<PolicyEditionId> EDITIONS = List.of(PolicyEditionId.of("edition-2025"),
            PolicyEditionId.of("edition-2026"));
    /** The appeal contact of generated cases that have one. */
    public static final String APPEAL_CONTACT = "the conduct committee at appeals@events.example";

    private static final List<String> NAMES = List.of("Alex Morgan", "Priya Raman", "José Álvarez", "Mei Chen",
            "Sam O'Neil", "Noa Levi", "Chidi Okafor", "Ingrid Sørensen", "Tomasz Wójcik", "Aiyana Redcloud");
    private static final List<String> PHRASES = List.of(
            "made repeated comments about my appearance after I asked them to stop",
            "showed a slide with sexual imagery during the talk",
            "followed me from the venue to the hotel",
            "sent several private messages insulting me after the meetup",
            "said they would hurt me if I reported them",
            "kept touching my shoulder at the booth",
            "posted my home address in the community chat",
            "interrupted every woman who spoke in the workshop",
            "asked me out again after I said no, twice",
            "mocked my accent in front of the group");

    private final Gen<String> text;
    private final Gen<String> names;
    private final Gen<String> emails;

    private CocGenerators(Gen<String> text, Gen<String> names, Gen<String> emails) {
        this.text = text;
        this.names = names;
        this.emails = emails;
    }

    /**
     * Returns generators with realistic content and, now and then, arbitrary Unicode text.
     *
     * @return the generators
     */
    public static CocGenerators standard() {
        Gen<String> unicode = SourceDSL.strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 30)
                .map(s -> "note " + s);
        Gen<String> text = Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(8, Generate.pick(PHRASES)),
                org.quicktheories.api.Pair.of(2, unicode)));
        Gen<String> names = Generate.pick(NAMES);
        Gen<String> emails = Generate.pick(NAMES).zip(Generate.range(1, 9),
                (n, i) -> n.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", ".") + i + "@mail.example");
        return new CocGenerators(text, names, emails);
    }

    /**
     * Returns generators whose every content field contains a canary string.
     *
     * @param canary the canary
     * @return the generators
     */
    public static CocGenerators withContent(String canary) {
        Gen<String> text = Generate.pick(PHRASES).map(p -> p + " " + canary);
        Gen<String> names = Generate.pick(NAMES).map(n -> n + " " + canary);
        Gen<String> emails = Generate.constant(canary + "@mail.example");
        return new CocGenerators(text, names, emails);
    }

    /** @return free text, such as descriptions and notes */
    public Gen<String> text() {
        return text;
    }

    /** @return generated reports: valid, varied, with the rare cases present */
    public Gen<Report> reports() {
        return in -> report(new Draw(in));
    }

    /** @return openings of cases for generated reports */
    public Gen<CaseOpened> openings() {
        return in -> opening(new Draw(in));
    }

    /** @return case files after 0 to 60 valid organizer actions */
    public Gen<CaseFile> caseFiles() {
        return caseFiles(0, 60);
    }

    /**
     * Returns case files after a number of valid organizer actions (fewer if the case is closed early).
     *
     * @param minSteps the fewest actions
     * @param maxSteps the most actions
     * @return the generator
     */
    public Gen<CaseFile> caseFiles(int minSteps, int maxSteps) {
        return in -> {
            Draw d = new Draw(in);
            CaseFile file = CaseFile.open(opening(d));
            int steps = d.between(minSteps, maxSteps);
            for (int i = 0; i < steps && !file.state().isClosed(); i++) {
                // A case file only ever holds what the guards allow: a step they refuse is not taken, and another
                // is drawn in its place, so that generated cases still get far into the procedure.
                for (int attempt = 0; attempt < 12; attempt++) {
                    Step step = validStep(d, file.state());
                    try {
                        file = file.append(step.action(), step.by(), step.at());
                        break;
                    } catch (org.cocworkflow.core.ActionRefusedException refused) {
                        // drawn again
                    }
                }
            }
            return file;
        };
    }

    /** @return arbitrary attempts on a case: an opening followed by steps that may or may not be possible */
    public Gen<Attempts> attempts() {
        return in -> {
            Draw d = new Draw(in);
            CaseOpened opened = opening(d);
            CaseFile file = CaseFile.open(opened);
            List<Step> steps = new ArrayList<>();
            int count = d.between(1, 40);
            for (int i = 0; i < count; i++) {
                Step step = twisted(d, file.state());
                steps.add(step);
                try {
                    file = file.append(step.action(), step.by(), step.at());
                } catch (org.cocworkflow.core.CaseTransitionException | org.cocworkflow.core.ActionRefusedException e) {
                    // Refused steps stay in the list: the property checks that they are refused, and why.
                }
            }
            return new Attempts(opened, steps);
        };
    }

    // ------------------------------------------------------------------------------------------------ reports

    /**
     * Draws a report.
     *
     * @param d the draw
     * @return a valid report
     */
    public Report report(Draw d) {
        List<Party> parties = new ArrayList<>();
        int accusedCount = d.chance(85) ? 1 : 2;
        for (int i = 1; i <= accusedCount; i++) {
            parties.add(accused(d, PartyId.of("accused-" + i)));
        }
        boolean anonymous = d.chance(20);
        boolean reporterIsTarget = false;
        if (!anonymous) {
            reporterIsTarget = d.chance(65);
            Set<CaseRole> roles = EnumSet.of(CaseRole.REPORTER);
            if (reporterIsTarget) {
                roles.add(CaseRole.TARGET);
            } else if (d.chance(50)) {
                roles.add(CaseRole.WITNESS);
            }
            parties.add(person(d, PartyId.of("reporter"), roles, true));
        }
        int targets = d.between(0, reporterIsTarget ? 1 : 2);
        for (int i = 1; i <= targets; i++) {
            parties.add(person(d, PartyId.of("target-" + i), EnumSet.of(CaseRole.TARGET), d.chance(60)));
        }
        int witnesses = d.between(0, 2);
        for (int i = 1; i <= witnesses; i++) {
            parties.add(person(d, PartyId.of("witness-" + i), EnumSet.of(CaseRole.WITNESS), d.chance(50)));
        }
        if (d.chance(20)) {
            parties.add(person(d, PartyId.of("involved-1"), EnumSet.of(CaseRole.INVOLVED), false));
        }
        parties = withRelationships(d, parties);

        SpaceKind kind = d.pick(SpaceKind.class);
        IncidentSpace space = ImmutableIncidentSpace.builder().kind(kind)
                .eventId(d.chance(70) ? Optional.of("event-2026") : Optional.empty())
                .place(d.chance(50) ? Optional.of(d.from(text)) : Optional.empty())
                .build();
        Instant receivedAt = EPOCH.plus(Duration.ofMinutes(d.between(0, 40_000)));
        Set<Circumstance> circumstances = circumstances(d, parties);
        Optional<Party> reporter = parties.stream().filter(p -> p.has(CaseRole.REPORTER)).findFirst();

        ImmutableReport.BuildFinal report = ImmutableReport.builder()
                .receivedAt(receivedAt)
                .channel(anonymous && d.chance(50) ? ReportChannel.ANONYMOUS_FORM : d.pick(ReportChannel.class))
                .description(d.from(text))
                .space(space)
                .addAllCircumstances(circumstances)
                .addAllParties(parties);
        if (d.chance(70)) {
            report.incidentAt(receivedAt.minus(Duration.ofMinutes(d.between(0, 4_000))));
        }
        if (d.chance(30)) {
            report.effects(d.from(text));
        }
        if (d.chance(30)) {
            int count = d.between(1, 2);
            for (int i = 0; i < count; i++) {
                EvidenceRef ref = ImmutableEvidenceRef.builder().reference(d.from(text))
                        .description(d.chance(50) ? Optional.of(d.from(text)) : Optional.empty()).build();
                report.addEvidence(ref);
            }
        }
        if (d.chance(45)) {
            VenueKind venue = kind.isOnline() ? VenueKind.ONLINE_SERVICE : VenueKind.IN_PERSON_EVENT;
            report.addAllRequestedActions(d.some(RequestedAction.catalogue(venue), 30));
            if (d.chance(15)) {
                report.addAllRequestedActions(d.some(RequestedAction.catalogue(d.pick(VenueKind.class)), 30));
            }
            if (d.chance(10)) {
                report.addRequestedActions(kind.isOnline() ? RequestedAction.ONLINE_RELAY_APOLOGY_TO_ME
                        : RequestedAction.EVENT_RELAY_APOLOGY_TO_ME);
            }
            if (d.chance(40)) {
                report.requestNote(d.from(text));
            }
        }
        if (reporter.isPresent()) {
            Party r = reporter.get();
            if (d.chance(35)) {
                int count = d.between(1, 2);
                for (int i = 0; i < count; i++) {
                    grantFor(d, r, parties).ifPresent(report::addConsent);
                }
            }
            if (d.chance(20)) {
                report.addAllConfidentialFrom(d.subset(RecipientClass.class, 20));
                if (d.chance(50)) {
                    report.confidentialityNote(d.from(text));
                }
            }
        }
        if (d.chance(10)) {
            report.addReportedElsewhere(ImmutablePriorReport.builder().authority(d.pick(OtherAuthority.class))
                    .outcome(d.chance(50) ? Optional.of(d.from(text)) : Optional.empty()).build());
        }
        return report.build();
    }

    private Party accused(Draw d, PartyId id) {
        Set<Standing> standings = EnumSet.noneOf(Standing.class);
        addIf(d, standings, Standing.ATTENDEE, 50);
        addIf(d, standings, Standing.SPEAKER, 25);
        addIf(d, standings, Standing.VOLUNTEER, 15);
        addIf(d, standings, Standing.ORGANIZER, 10);
        addIf(d, standings, Standing.EVENT_LEADER, 5);
        addIf(d, standings, Standing.RESPONSE_TEAM_MEMBER, 6);
        addIf(d, standings, Standing.CENTRAL_FIGURE, 6);
        addIf(d, standings, Standing.ORGANIZATION_MEMBER, 30);
        addIf(d, standings, Standing.PAID_STAFF, 10);
        addIf(d, standings, Standing.SPONSOR_REPRESENTATIVE, 10);
        addIf(d, standings, Standing.VENUE_STAFF, 5);
        ImmutableParty.BuildFinal party = ImmutableParty.builder().id(id).addRoles(CaseRole.ACCUSED)
                .addAllStandings(standings);
        identity(d, party, d.chance(75));
        if (d.chance(30)) {
            party.description(d.from(text));
        }
        if (d.chance(25)) {
            party.employer(d.from(names));
        }
        if (d.chance(15)) {
            party.travelGrant(TravelGrant.of(d.chance(50)));
        }
        return party.build();
    }

    private Party person(Draw d, PartyId id, Set<CaseRole> roles, boolean named) {
        ImmutableParty.BuildFinal party = ImmutableParty.builder().id(id).addAllRoles(roles);
        identity(d, party, named);
        if (d.chance(60)) {
            party.contact(d.from(emails));
        }
        addStandings(d, party);
        return party.build();
    }

    private void identity(Draw d, ImmutableParty.BuildFinal party, boolean named) {
        if (named) {
            party.displayName(d.from(names));
        }
        if (d.chance(55)) {
            party.addIdentifiers(Identifier.email(d.from(emails)));
        }
        if (d.chance(25)) {
            party.addIdentifiers(Identifier.handle(d.pick(List.of("slack:community", "mastodon.social", "github")),
                    "@" + d.from(names)));
        }
    }

    private static void addStandings(Draw d, ImmutableParty.BuildFinal party) {
        if (d.chance(60)) {
            party.addStandings(Standing.ATTENDEE);
        }
        if (d.chance(10)) {
            party.addStandings(Standing.SPEAKER);
        }
        if (d.chance(10)) {
            party.addStandings(Standing.VOLUNTEER);
        }
    }

    private static void addIf(Draw d, Set<Standing> standings, Standing standing, int percent) {
        if (d.chance(percent)) {
            standings.add(standing);
        }
    }

    private static List<Party> withRelationships(Draw d, List<Party> parties) {
        List<Party> result = new ArrayList<>(parties.size());
        for (Party party : parties) {
            List<Party> others = parties.stream().filter(p -> !p.id().equals(party.id())).toList();
            if (!others.isEmpty() && d.chance(12)) {
                Party other = d.pick(others);
                result.add(ImmutableParty.copyOf(party).withRelationships(
                        Relationship.of(other.id(), d.pick(RelationshipKind.class))));
            } else {
                result.add(party);
            }
        }
        return result;
    }

    private static Set<Circumstance> circumstances(Draw d, List<Party> parties) {
        Set<Circumstance> set = EnumSet.noneOf(Circumstance.class);
        for (Circumstance c : Circumstance.values()) {
            int percent = switch (c) {
                case WIDELY_WITNESSED -> 30;
                case VIOLENCE_COMMITTED, VIOLENCE_THREATENED -> 9;
                case GENERAL_THREAT_TO_SAFETY -> 8;
                case ONGOING, CONTINUED_AFTER_REQUEST_TO_STOP -> 15;
                case RETALIATION, CONTINUED_HARASSMENT -> 6;
                default -> 5;
            };
            if (d.chance(percent)) {
                set.add(c);
            }
        }
        boolean speaker = parties.stream().anyMatch(p -> p.has(CaseRole.ACCUSED) && p.has(Standing.SPEAKER));
        if (speaker && d.chance(50)) {
            set.add(Circumstance.ACCUSED_GAVE_TALK);
        }
        return set;
    }

    private static Optional<ConsentGrant> grantFor(Draw d, Party grantor, List<Party> parties) {
        Set<DisclosureItem> items = EnumSet.noneOf(DisclosureItem.class);
        for (DisclosureItem item : DisclosureItem.values()) {
            if (ConsentHolders.mayGrant(grantor, item, parties) && d.chance(60)) {
                items.add(item);
            }
        }
        return items.isEmpty() ? Optional.empty()
                : Optional.of(ConsentGrant.of(grantor.id(), d.pick(RecipientClass.class), items));
    }

    // ------------------------------------------------------------------------------------------------ cases

    /**
     * Draws the opening of a case.
     *
     * @param d the draw
     * @return an opening valid for its report
     */
    public CaseOpened opening(Draw d) {
        Report report = report(d);
        ImmutableParty.BuildFinal receiver = ImmutableParty.builder().id(RECEIVER)
                .addRoles(CaseRole.RESPONSE_TEAM_MEMBER).displayName(d.from(names))
                .addStandings(Standing.RESPONSE_TEAM_MEMBER).mandatoryReporter(d.chance(10));
        if (d.chance(10)) {
            receiver.addRelationships(Relationship.of(d.pick(report.parties()).id(),
                    d.pick(RelationshipKind.class)));
        }
        Instant openedAt = report.receivedAt().plus(Duration.ofMinutes(d.between(0, 120)));
        DecisionRules rules = d.chance(50) ? DecisionRules.defaults() : DecisionRules.builder()
                .method(d.pick(DecisionMethod.class)).quorum(d.between(1, 4))
                .hearingDeadline(Duration.ofHours(d.between(1, 96))).appealWindow(Duration.ofDays(d.between(1, 30)))
                .build();
        // Sometimes the case's event runs around the report, sometimes it is over, sometimes it is not known.
        Optional<EventWindow> event = switch (d.between(0, 2)) {
            case 0 -> Optional.of(EventWindow.of(report.space().eventId().orElse("event-2026"),
                    report.receivedAt().minus(Duration.ofDays(1)), report.receivedAt().plus(Duration.ofDays(2))));
            case 1 -> Optional.of(EventWindow.of(report.space().eventId().orElse("event-2026"),
                    report.receivedAt().minus(Duration.ofDays(5)), report.receivedAt().minus(Duration.ofDays(2))));
            default -> Optional.empty();
        };
        return CaseOpened.builder()
                .at(openedAt)
                .caseId(CaseId.of("case-" + d.between(1, 9_999)))
                .edition(d.pick(EDITIONS))
                .report(report)
                .receivedBy(receiver.build())
                .appealContact(d.chance(70) ? Optional.of(APPEAL_CONTACT) : Optional.empty())
                .decisionRules(rules)
                .event(event)
                .build();
    }

    /**
     * One recorded action: what, by whom, when.
     *
     * @param action the action
     * @param by the recorder
     * @param at when
     */
    public record Step(Action action, PartyId by, Instant at) {
        @Override
        public String toString() {
            return at + " " + by + ": " + action.summary();
        }
    }

    /**
     * Draws an action the case file accepts in this state, with its recorder and time.
     *
     * @param d the draw
     * @param state the current state
     * @return a possible step
     */
    public Step validStep(Draw d, CaseState state) {
        List<PartyId> team = new ArrayList<>(state.idsWith(CaseRole.RESPONSE_TEAM_MEMBER));
        // Mostly the person who talks to the parties, as the procedure has it; sometimes anyone on the team.
        PartyId by = d.chance(60) ? state.speaker() : d.pick(team);
        Instant at = state.lastEventAt().plus(Duration.ofMinutes(d.between(0, 180)));
        return new Step(validAction(d, state), by, at);
    }

    /**
     * Draws an action the case file accepts in this state.
     *
     * @param d the draw
     * @param state the current state
     * @return a possible action
     */
    public Action validAction(Draw d, CaseState state) {
        if (state.isClosed()) {
            // After a closing only a reopening can follow, and only of a case closed as not identified (issue 15).
            Optional<Action> next = advance(d, state);
            if (next.isPresent()) {
                return next.get();
            }
            if (d.chance(15)) {
                // Now and then a team tries to reopen a case closed otherwise, which the case file refuses.
                return Action.ReopenCase.of(ReopenReason.PERSON_IDENTIFIED);
            }
        }
        if (d.chance(2)) {
            // A reminder of the code of conduct, to an audience the case may or may not have (issue 15).
            return Action.RemindOfCode.of(d.pick(ReminderAudience.class));
        }
        List<Party> someAccused = state.partiesWith(CaseRole.ACCUSED);
        if (d.chance(2) && !someAccused.isEmpty()) {
            // A sponsor, vendor, employer or the venue's staff asked to act, without details (issue 15).
            ThirdParty party = d.pick(ThirdParty.class);
            return Action.AskThirdParty.of(party, party.dealsWithItsStaff() || d.chance(50)
                    ? Optional.of(d.pick(someAccused).id()) : Optional.empty(), Set.of());
        }
        if (d.chance(30)) {
            Optional<Action> next = advance(d, state);
            if (next.isPresent()) {
                return next.get();
            }
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            Optional<Action> action = tryKind(d, state, d.between(0, 43));
            if (action.isPresent()) {
                return action.get();
            }
        }
        return Action.RecordNote.of(d.from(text));
    }

    /**
     * Draws the procedure's next step, if the case has one: what a team following seed 003 does next, so that
     * generated cases reach decisions, bans, appeals and lifted bans now that every step must pass the guards.
     */
    private Optional<Action> advance(Draw d, CaseState s) {
        if (s.isClosed()) {
            // The person nobody could identify was identified after the closing: the team takes the case up again.
            return s.resolution().filter(r -> r == Resolution.NOT_IDENTIFIED).isPresent() && d.chance(60)
                    ? Optional.of(Action.ReopenCase.of(ReopenReason.PERSON_IDENTIFIED)) : Optional.empty();
        }
        if (s.reopened() && !s.hasIdentifiedAccused() && d.chance(80)) {
            // Reopened: the team adds the identified person as an accused party, who is then told and heard.
            return Optional.of(Action.AddParty.of(accused(d, PartyId.of("accused-identified-" + s.parties().size()))));
        }
        if (s.nobodyToNotify() && !s.reopened() && s.pendingAppeal().isEmpty() && d.chance(20)) {
            // Nobody could be identified: the case closes as not identified (and may be reopened later).
            return Optional.of(Action.CloseCase.of(Resolution.NOT_IDENTIFIED));
        }
        List<Party> accused = s.partiesWith(CaseRole.ACCUSED);
        if (accused.isEmpty() || s.pendingAppeal().isPresent() && !d.chance(70)) {
            return Optional.empty();
        }
        if (!s.victimChoiceRespected()) {
            List<PartyId> holders = new ArrayList<>(s.consentHolders());
            return holders.isEmpty() ? Optional.empty()
                    : Optional.of(Action.SendMessage.of(d.pick(holders), MessageIntent.CONVENE_UNLESS_DECLINED));
        }
        for (Party p : accused) {
            if (!s.notified(p.id())) {
                return Optional.of(Action.NotifyAccused.of(p.id()));
            }
            if (!s.heard(p.id())) {
                return Optional.of(Action.HearAccused.of(p.id(), d.from(text)));
            }
        }
        if (s.pendingAppeal().isPresent()) {
            AppealOutcome outcome = d.pick(AppealOutcome.class);
            Set<PartyId> original = s.appealedDecision().map(Decision::deciders).orElse(Set.of());
            List<PartyId> hearers = s.unconflictedTeam().stream().filter(m -> !original.contains(m)).toList();
            if (hearers.isEmpty()) {
                return Optional.of(Action.AddTeamMember.of(ImmutableParty.builder().id(PartyId.of("team-appeals-"
                        + s.parties().size())).addRoles(CaseRole.RESPONSE_TEAM_MEMBER).displayName(d.from(names))
                        .addStandings(Standing.RESPONSE_TEAM_MEMBER).build()));
            }
            return Optional.of(Action.DecideAppeal.by(outcome,
                    outcome == AppealOutcome.MODIFIED ? sanctions(d, accused, s) : List.of(),
                    Set.of(d.pick(hearers))));
        }
        List<InterimMeasureTaken> pending = s.pendingInterimMeasures();
        if (!pending.isEmpty() && d.chance(25)) {
            return Optional.of(Action.LiftInterimMeasure.of(d.pick(pending).sequence()));
        }
        if (!s.hasDecision() && d.chance(25)) {
            // Interim measures, taken where they fit, and lifted or reviewed later.
            // Mostly a measure that fits the space, so that generated cases hold measures to lift and review.
            SpaceKind space = s.report().space().kind();
            InterimMeasure measure = !d.chance(80) ? d.pick(InterimMeasure.class)
                    : space.isOnline() ? d.pick(List.of(InterimMeasure.HIDE_CONTENT, InterimMeasure.CORRECT_CONTENT))
                    : space == SpaceKind.TALK || s.report().circumstances().contains(Circumstance.ACCUSED_GAVE_TALK)
                            ? d.pick(List.of(InterimMeasure.STOP_TALK, InterimMeasure.HOLD_RECORDING,
                                    InterimMeasure.CORRECT_CONTENT))
                            : d.pick(List.of(InterimMeasure.REMOVE_FROM_SPACE, InterimMeasure.REMOVE_FROM_EVENT));
            return Optional.of(Action.TakeInterimMeasure.of(measure, d.pick(accused).id()));
        }
        if (!s.bansToLift().isEmpty()) {
            return Optional.of(Action.LiftBan.of(s.bansToLift().first()));
        }
        if (!s.bansToRecord().isEmpty()) {
            PartyId on = s.bansToRecord().first();
            return Optional.of(ImmutableRecordBan.builder().accused(on).until(s.banUntil(on)).build());
        }
        if (s.decisions().isEmpty()) {
            long since = 0;
            Optional<Meeting> meeting = s.meetings().stream().filter(m -> m.sequence() > since)
                    .reduce((earlier, later) -> later);
            if (meeting.isEmpty()) {
                return s.unconflictedTeam().isEmpty() ? Optional.empty()
                        : Optional.of(Action.ConveneMeeting.of(s.unconflictedTeam()));
            }
            List<ImposedSanction> sanctions = new ArrayList<>(sanctions(d, accused, s));
            if (d.chance(40)) {
                PartyId on = d.pick(accused).id();
                sanctions.removeIf(x -> x.sanction() == Sanction.BAN_FROM_FUTURE_EVENTS && x.on().equals(on));
                sanctions.add(d.chance(50) ? ImposedSanction.of(Sanction.BAN_FROM_FUTURE_EVENTS, on)
                        : ImposedSanction.until(Sanction.BAN_FROM_FUTURE_EVENTS, on,
                                s.lastEventAt().plus(Duration.ofDays(d.between(30, 730)))));
            }
            return Optional.of(decisionIn(d, s, meeting.get(), Finding.VIOLATION, sanctions));
        }
        if (!s.decisionCommunicated()) {
            return Optional.of(ImmutableCommunicateDecision.builder().accused(d.pick(accused).id())
                    .appealContact(s.appealContact()).build());
        }
        return d.chance(50) ? Optional.of(Action.RecordAppeal.of(d.pick(accused).id())) : Optional.empty();
    }

    /**
     * A decision of a meeting: by its participants without a conflict, by consensus or by votes that meet the
     * case's method, reviewing every pending interim measure.
     */
    private static Action.RecordDecision decisionIn(Draw d, CaseState s, Meeting meeting, Finding finding,
            List<ImposedSanction> sanctions) {
        Set<PartyId> deciders = new TreeSet<>(meeting.participants());
        deciders.retainAll(s.unconflictedTeam());
        ImmutableRecordDecision.BuildFinal decision = ImmutableRecordDecision.builder().finding(finding)
                .addAllSanctions(sanctions).meeting(meeting.sequence()).addAllDeciders(deciders);
        if (d.chance(40) && !deciders.isEmpty()) {
            List<PartyId> ordered = new ArrayList<>(deciders);
            int inFavour = ordered.size();
            while (inFavour > 1 && s.decisionRules().method().isMet(inFavour - 1, ordered.size()) && d.chance(50)) {
                inFavour--;
            }
            Set<PartyId> against = new TreeSet<>(ordered.subList(inFavour, ordered.size()));
            decision.votes(Votes.of(new TreeSet<>(ordered.subList(0, inFavour)), against, Set.of()));
        }
        for (InterimMeasureTaken measure : s.pendingInterimMeasures()) {
            decision.putInterimReviews(measure.sequence(), d.pick(InterimReview.class));
        }
        return decision.build();
    }

    private Optional<Action> tryKind(Draw d, CaseState s, int kind) {
        List<Party> accused = s.partiesWith(CaseRole.ACCUSED);
        List<Party> team = s.partiesWith(CaseRole.RESPONSE_TEAM_MEMBER);
        List<Party> incident = s.parties().stream().filter(p -> !p.has(CaseRole.RESPONSE_TEAM_MEMBER)).toList();
        List<Party> speakers = s.parties().stream()
                .filter(p -> p.has(CaseRole.REPORTER) || p.has(CaseRole.TARGET)).toList();
        boolean appealPending = s.pendingAppeal().isPresent();
        switch (kind) {
            case 0, 1: {
                PartyId id = PartyId.of("team-" + team.size());
                ImmutableParty.BuildFinal member = ImmutableParty.builder().id(id)
                        .addRoles(CaseRole.RESPONSE_TEAM_MEMBER).displayName(d.from(names))
                        .addStandings(d.chance(20) ? Standing.GLOBAL_ORGANIZATION : Standing.RESPONSE_TEAM_MEMBER)
                        .mandatoryReporter(d.chance(10));
                if (d.chance(20) && !incident.isEmpty()) {
                    member.addRelationships(Relationship.of(d.pick(incident).id(), d.pick(RelationshipKind.class)));
                }
                return s.party(id).isPresent() || team.size() >= 5 ? Optional.empty()
                        : Optional.of(Action.AddTeamMember.of(member.build()));
            }
            case 2:
                return Optional.of(Action.AssignHandler.of(d.pick(team).id()));
            case 3: {
                PartyId id = PartyId.of("added-" + s.parties().size());
                Set<CaseRole> roles = EnumSet.of(d.pick(List.of(CaseRole.WITNESS, CaseRole.INVOLVED,
                        CaseRole.TARGET, CaseRole.ACCUSED)));
                return s.party(id).isPresent() ? Optional.empty()
                        : Optional.of(Action.AddParty.of(person(d, id, roles, d.chance(50))));
            }
            case 4: {
                if (incident.isEmpty()) {
                    return Optional.empty();
                }
                // Either side may declare it: a member about someone in the incident, or someone in the incident
                // about a member; both make the member conflicted.
                PartyId member = d.pick(team).id();
                PartyId other = d.pick(incident).id();
                RelationshipKind relation = d.pick(RelationshipKind.class);
                return Optional.of(d.chance(50)
                        ? Action.DeclareRelationship.of(member, Relationship.of(other, relation))
                        : Action.DeclareRelationship.of(other, Relationship.of(member, relation)));
            }
            case 5:
                return Optional.of(Action.RecordSafetyAssessment.of(d.pick(SafetyAssessment.class)));
            case 6:
                return Optional.of(Action.SetResponsePath.of(d.pick(ResponsePath.class)));
            case 7:
                return Optional.of(Action.AssessGravity.of(d.pick(Gravity.class)));
            case 8:
                return Optional.of(Action.SetDeadline.of(d.pick(DeadlineKind.class),
                        s.lastEventAt().plus(Duration.ofHours(d.between(1, 24 * 7)))));
            case 9, 10: {
                if (speakers.isEmpty()) {
                    return Optional.empty();
                }
                Party grantor = d.pick(speakers);
                return grantFor(d, grantor, s.parties()).map(Action.RecordConsent::of);
            }
            case 11: {
                if (speakers.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(Action.RevokeConsent.of(d.pick(speakers).id(), d.pick(RecipientClass.class)));
            }
            case 12: {
                List<PartyId> holders = new ArrayList<>(s.consentHolders());
                return holders.isEmpty() ? Optional.empty()
                        : Optional.of(Action.RecordVictimWish.of(d.pick(holders), d.pick(VictimWish.class)));
            }
            case 13: {
                if (speakers.isEmpty()) {
                    return Optional.empty();
                }
                Set<RequestedAction> actions = EnumSet.of(d.pick(RequestedAction.class));
                if (d.chance(30)) {
                    actions.add(RequestedAction.EVENT_HELP_WITH_LAW_ENFORCEMENT);
                }
                return Optional.of(ImmutableRecordRequest.builder().requester(d.pick(speakers).id())
                        .addAllActions(actions).note(d.chance(30) ? Optional.of(d.from(text)) : Optional.empty())
                        .build());
            }
            case 14: {
                List<Party> tellers = incident.stream().filter(p -> !p.roles().equals(Set.of(CaseRole.ACCUSED)))
                        .toList();
                return tellers.isEmpty() ? Optional.empty()
                        : Optional.of(Action.RecordAccount.of(d.pick(tellers).id(), d.from(text)));
            }
            case 15, 16: {
                if (incident.isEmpty()) {
                    return Optional.empty();
                }
                Party to = d.pick(incident);
                List<MessageIntent> intents = java.util.Arrays.stream(MessageIntent.values())
                        .filter(i -> i.isFor(s.rolesOf(to.id()))).toList();
                if (intents.isEmpty()) {
                    return Optional.empty();
                }
                MessageIntent intent = d.pick(intents);
                if (intent == MessageIntent.ASK_CONSENT_TO_SHARE && d.chance(50)) {
                    return Optional.of(Action.SendMessage.askConsent(to.id(), d.pick(RecipientClass.class)));
                }
                return Optional.of(d.chance(50) ? Action.SendMessage.of(to.id(), intent)
                        : Action.SendMessage.of(to.id(), intent, d.from(text)));
            }
            case 17:
                return Optional.of(ImmutableNotifyAccused.builder().accused(d.pick(accused).id())
                        .text(d.chance(40) ? Optional.of(d.from(text)) : Optional.empty())
                        .answerBy(d.chance(40) ? Optional.of(s.lastEventAt().plus(s.decisionRules().hearingDeadline())
                                .plus(Duration.ofHours(d.between(1, 48)))) : Optional.empty()).build());
            case 18:
                return Optional.of(Action.HearAccused.of(d.pick(accused).id(), d.from(text)));
            case 19:
                return Optional.of(Action.RecordApologyOffer.of(d.pick(accused).id(), d.chance(50)));
            case 20:
                return Optional.of(Action.DiscourageApology.of(d.pick(accused).id()));
            case 21: {
                List<Party> offered = accused.stream().filter(p -> s.apologiesOffered().contains(p.id())).toList();
                List<Party> targets = s.partiesWith(CaseRole.TARGET);
                if (offered.isEmpty() || targets.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(Action.RelayApology.of(d.pick(offered).id(), d.pick(targets).id(),
                        d.from(text)));
            }
            case 22:
                return Optional.of(ImmutableRecordApologyPressed.builder().accused(d.pick(accused).id())
                        .account(d.chance(50) ? Optional.of(d.from(text)) : Optional.empty()).build());
            case 23: {
                Set<PartyId> participants = new LinkedHashSet<>();
                for (Party member : team) {
                    if (d.chance(70)) {
                        participants.add(member.id());
                    }
                }
                if (d.chance(10) && !incident.isEmpty()) {
                    participants.add(d.pick(incident).id());
                }
                if (participants.isEmpty()) {
                    participants.add(team.get(0).id());
                }
                return Optional.of(Action.ConveneMeeting.of(participants));
            }
            case 24, 25: {
                if (appealPending) {
                    return Optional.empty();
                }
                Finding finding = d.pick(Finding.class);
                List<ImposedSanction> sanctions = finding == Finding.VIOLATION ? sanctions(d, accused, s) : List.of();
                if (!s.meetings().isEmpty() && d.chance(80)) {
                    return Optional.of(ImmutableRecordDecision.copyOf(decisionIn(d, s, d.pick(s.meetings()), finding,
                            sanctions)).withRationale(d.chance(50) ? Optional.of(d.from(text)) : Optional.empty()));
                }
                return Optional.of(ImmutableRecordDecision.builder().finding(finding).addAllSanctions(sanctions)
                        .rationale(d.chance(50) ? Optional.of(d.from(text)) : Optional.empty()).build());
            }
            case 26: {
                if (s.decisions().isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(ImmutableCommunicateDecision.builder().accused(d.pick(accused).id())
                        .appealContact(d.chance(80) ? s.appealContact() : Optional.empty())
                        .text(d.chance(40) ? Optional.of(d.from(text)) : Optional.empty()).build());
            }
            case 27: {
                if (s.decisions().isEmpty() || appealPending) {
                    return Optional.empty();
                }
                return Optional.of(ImmutableRecordAppeal.builder().accused(d.pick(accused).id())
                        .grounds(d.chance(50) ? Optional.of(d.from(text)) : Optional.empty())
                        .heardLateBecause(d.chance(20) ? Optional.of(d.from(text)) : Optional.empty()).build());
            }
            case 28: {
                if (!appealPending) {
                    return Optional.empty();
                }
                AppealOutcome outcome = d.pick(AppealOutcome.class);
                ImmutableDecideAppeal.BuildFinal decide = ImmutableDecideAppeal.builder().outcome(outcome);
                if (outcome == AppealOutcome.MODIFIED) {
                    decide.addAllSanctions(sanctions(d, accused, s));
                }
                if (d.chance(80)) {
                    decide.addHearers(d.pick(team).id());
                }
                return Optional.of(decide.build());
            }
            case 29:
                return Optional.of(ImmutableDisclose.builder().recipient(d.pick(RecipientClass.class))
                        .addAllItems(d.subset(DisclosureItem.class, 30))
                        .purpose(d.chance(40) ? Optional.of(d.from(text)) : Optional.empty()).build());
            case 30:
                return Optional.of(Action.InvolveAuthority.of(d.pick(Authority.class),
                        d.subset(DisclosureItem.class, 30)));
            case 31:
                return Optional.of(ImmutableReportToExternalBody.builder().body(d.pick(ExternalBody.class))
                        .accused(d.pick(accused).id()).addAllItems(d.subset(DisclosureItem.class, 30))
                        .text(d.chance(40) ? Optional.of(d.from(text)) : Optional.empty()).build());
            case 32:
                return Optional.of(ImmutableInformGlobalOrganization.builder()
                        .addAllItems(d.subset(DisclosureItem.class, 20))
                        .text(d.chance(40) ? Optional.of(d.from(text)) : Optional.empty()).build());
            case 33:
                return Optional.of(Action.EscalateToGlobalOrganization.of(d.pick(EscalationReason.class)));
            case 34:
                return Optional.of(ImmutableAnnounce.builder().kind(d.pick(AnnouncementKind.class))
                        .natureOfIncident(d.from(text))
                        .namesAccused(d.chance(15))
                        .actionTaken(d.chance(60) ? Optional.of(d.from(text)) : Optional.empty()).build());
            case 35:
                return Optional.of(ImmutableRespondToUpsetAttendee.builder()
                        .note(d.chance(50) ? Optional.of(d.from(text)) : Optional.empty()).build());
            case 36:
                return Optional.of(ImmutableRecordBan.builder().accused(d.pick(accused).id())
                        .addAllScopes(d.chance(50) ? List.of("event-2026") : List.of())
                        .until(d.chance(50) ? Optional.of(s.lastEventAt().plus(Duration.ofDays(d.between(30, 900))))
                                : Optional.empty()).build());
            case 37: {
                CaseId other = CaseId.of("case-other-" + d.between(1, 50));
                return Optional.of(Action.LinkCase.of(other, d.pick(LinkKind.class)));
            }
            case 38:
                return Optional.of(Action.RecordNote.of(d.from(text)));
            case 39: {
                List<Party> listed = accused.stream().filter(p -> s.banListEntryRunning(p.id(), s.lastEventAt()))
                        .toList();
                return listed.isEmpty() ? Optional.empty() : Optional.of(Action.LiftBan.of(d.pick(listed).id()));
            }
            case 40:
                return Optional.of(ImmutableTakeInterimMeasure.builder().measure(d.pick(InterimMeasure.class))
                        .on(d.pick(accused).id()).note(d.chance(30) ? Optional.of(d.from(text)) : Optional.empty())
                        .build());
            case 41: {
                List<InterimMeasureTaken> pending = s.pendingInterimMeasures();
                return pending.isEmpty() ? Optional.empty()
                        : Optional.of(Action.LiftInterimMeasure.of(d.pick(pending).sequence()));
            }
            case 42:
                return Optional.of(ImmutableRecordContactAttempt.builder().accused(d.pick(accused).id())
                        .outcome(d.pick(ContactOutcome.class))
                        .note(d.chance(30) ? Optional.of(d.from(text)) : Optional.empty()).build());
            default: {
                if (appealPending || !d.chance(25)) {
                    return Optional.empty();
                }
                return Optional.of(Action.CloseCase.of(d.pick(Resolution.class)));
            }
        }
    }

    private static List<ImposedSanction> sanctions(Draw d, List<Party> accused, CaseState s) {
        List<ImposedSanction> sanctions = new ArrayList<>();
        int count = d.between(0, 3);
        for (int i = 0; i < count; i++) {
            Sanction sanction = d.pick(Sanction.class);
            PartyId on = d.pick(accused).id();
            if (sanction.duration() == SanctionDuration.FIXED_OR_INDEFINITE && d.chance(50)) {
                sanctions.add(ImposedSanction.until(sanction, on,
                        s.lastEventAt().plus(Duration.ofDays(d.between(30, 730)))));
            } else {
                sanctions.add(ImposedSanction.of(sanction, on));
            }
        }
        return sanctions;
    }

    /**
     * An action proposed on a case by a team member, for the guards to judge.
     *
     * @param file the case
     * @param action the action
     * @param by who proposes to take it
     * @param at when it would be taken
     */
    public record Proposal(CaseFile file, Action action, PartyId by, Instant at) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("case ").append(file.id()).append(":");
            file.events().forEach(e -> text.append("\n  #").append(e.sequence()).append(' ').append(e.by())
                    .append(": ").append(e.summary()));
            return text.append("\nproposed by ").append(by).append(": ").append(action.summary()).toString();
        }
    }

    /** Which concern a risky proposal aims at. */
    public enum Risk {
        /** Sharing outside the team. */
        DISCLOSURE,
        /** Messages to the victim and their intents. */
        MESSAGES,
        /** Apologies offered, relayed, pressed. */
        APOLOGIES,
        /** Police, security, emergency services. */
        AUTHORITIES,
        /** Meetings, handlers, who talks to the parties. */
        MEETINGS,
        /** Decisions and what the accused is told. */
        DECISIONS,
        /** Sanctions, outside bodies, bans. */
        SANCTIONS,
        /** Announcements and the community. */
        ANNOUNCEMENTS,
        /** Accounts taken by mandatory reporters. */
        ACCOUNTS,
        /** Gravity and links of retaliation cases. */
        RETALIATION
    }

    private static final List<String> BRIEF_RELAYS = List.of(
            "They apologize and agree to have no further contact with you.",
            "The person apologizes and will keep away from you for the rest of the event.",
            "They apologize. You do not need to reply.");
    private static final List<String> PRESSING_RELAYS = List.of(
            "They are very sorry their attempts to woo you were misread and hope you can find it in your heart to "
                    + "forgive them; they would love to talk it over.",
            "They apologize. Would you be willing to meet them for a coffee?",
            "They apologize and would like you to let them know you accept.",
            "They apologize. They feel terrible. They cannot sleep. They hope you understand.");

    /**
     * Returns proposals on generated cases: sometimes what a careful organizer would do, often something risky
     * for the given concerns.
     *
     * @param risks the concerns to aim at
     * @return the generator
     */
    public Gen<Proposal> proposals(Risk... risks) {
        List<Risk> aims = List.of(risks);
        return in -> {
            Draw d = new Draw(in);
            CaseFile file = caseFiles(0, 40).generate(in);
            CaseState state = file.state();
            List<PartyId> team = new ArrayList<>(state.idsWith(CaseRole.RESPONSE_TEAM_MEMBER));
            PartyId by = d.chance(80) ? state.speaker() : d.pick(team);
            // Now and then a closing (with any resolution), a ban lifted or a reminder to some audience, which the
            // other draws reach too seldom for every kind of action to be proposed in a sample of a few thousand.
            List<Party> accused = state.partiesWith(CaseRole.ACCUSED);
            Action action = d.chance(6) ? switch (d.between(0, 3)) {
                case 0 -> d.chance(90) ? Action.CloseCase.of(d.pick(Resolution.class))
                        : Action.ReopenCase.of(ReopenReason.PERSON_IDENTIFIED);
                case 1 -> accused.isEmpty() ? Action.RemindOfCode.of(d.pick(ReminderAudience.class))
                        : Action.LiftBan.of(d.pick(accused).id());
                case 2 -> Action.RemindOfCode.of(d.pick(ReminderAudience.class));
                default -> accused.isEmpty() ? Action.AskThirdParty.of(ThirdParty.VENUE_STAFF, Optional.empty(),
                        d.subset(DisclosureItem.class, 30)) : Action.AskThirdParty.of(d.pick(ThirdParty.class),
                        Optional.of(d.pick(accused).id()), d.subset(DisclosureItem.class, 30));
            } : d.chance(25) ? validAction(d, state) : risky(d, state, d.pick(aims));
            return new Proposal(file, action, by, state.lastEventAt().plusSeconds(60));
        };
    }

    private String mentioning(Draw d, CaseState state, String plain) {
        List<Party> named = state.incidentParties().stream()
                .filter(p -> p.displayName().isPresent() || !p.identifiers().isEmpty()).toList();
        if (named.isEmpty() || !d.chance(50)) {
            return plain;
        }
        Party party = d.pick(named);
        String who = party.displayName().isPresent() && d.chance(70) ? party.displayName().get()
                : party.identifiers().isEmpty() ? party.displayName().orElse("someone")
                : party.identifiers().get(0).value();
        return plain + " (" + who + ")";
    }

    private Action risky(Draw d, CaseState s, Risk risk) {
        List<Party> all = s.parties();
        List<Party> accused = s.partiesWith(CaseRole.ACCUSED);
        List<Party> team = s.partiesWith(CaseRole.RESPONSE_TEAM_MEMBER);
        List<Party> victimSide = s.parties().stream()
                .filter(p -> p.has(CaseRole.TARGET) || p.has(CaseRole.REPORTER)).toList();
        PartyId someAccused = d.pick(accused).id();
        switch (risk) {
            case DISCLOSURE: {
                return switch (d.between(0, 6)) {
                    case 0 -> Action.Disclose.of(d.pick(RecipientClass.class), d.subset(DisclosureItem.class, 50));
                    case 1 -> Action.InvolveAuthority.of(d.pick(Authority.class), d.subset(DisclosureItem.class, 50));
                    case 2 -> Action.ReportToExternalBody.of(d.pick(ExternalBody.class), someAccused,
                            d.subset(DisclosureItem.class, 40));
                    case 3 -> Action.InformGlobalOrganization.of(d.subset(DisclosureItem.class, 40));
                    case 4 -> Action.AddTeamMember.of(ImmutableParty.builder()
                            .id(PartyId.of("global-" + d.between(1, 9))).addRoles(CaseRole.RESPONSE_TEAM_MEMBER)
                            .addStandings(Standing.GLOBAL_ORGANIZATION).build());
                    case 5 -> ImmutableNotifyAccused.builder().accused(someAccused)
                            .text(mentioning(d, s, "There is a complaint about your conduct at the social.")).build();
                    default -> ImmutableCommunicateDecision.builder().accused(someAccused)
                            .appealContact(s.appealContact())
                            .text(mentioning(d, s, "You must keep away from the people involved.")).build();
                };
            }
            case MESSAGES: {
                if (d.chance(25)) {
                    return Action.SendMessage.of(someAccused, d.pick(List.of(MessageIntent.INVITE_TO_GIVE_THEIR_SIDE,
                            MessageIntent.EXPLAIN_PROCESS)), mentioning(d, s, "We would like to hear your side."));
                }
                Party to = victimSide.isEmpty() ? d.pick(all) : d.pick(victimSide);
                MessageIntent intent = d.pick(List.of(MessageIntent.INVITE_WITHDRAWAL, MessageIntent.ASK_HOW_TO_HANDLE,
                        MessageIntent.ASK_ABOUT_PENALTIES, MessageIntent.CONVENE_UNLESS_DECLINED,
                        MessageIntent.ASK_HOW_TO_HELP, MessageIntent.CHECK_IN));
                return d.chance(50) ? Action.SendMessage.of(to.id(), intent)
                        : Action.SendMessage.of(to.id(), intent, d.pick(List.of(
                                "It's okay if you don't want to pursue this.", "Are you sure about what you saw?",
                                "How would you like us to handle it?", "What punishment do you think is fair?",
                                "If you're OK with it, a small group will meet to decide our response.",
                                "How can I help you right now?")));
            }
            case APOLOGIES: {
                List<Party> targets = s.partiesWith(CaseRole.TARGET);
                // A relayed apology may also go to a reporter who only witnessed it, if they asked (issue 15).
                List<Party> reporters = s.partiesWith(CaseRole.REPORTER);
                if (targets.isEmpty() && reporters.isEmpty() || d.chance(30)) {
                    return d.chance(50) ? Action.RecordApologyOffer.of(someAccused, d.chance(50))
                            : Action.DiscourageApology.of(someAccused);
                }
                PartyId target = d.pick(targets.isEmpty() ? reporters : targets).id();
                PartyId relayTo = reporters.isEmpty() || d.chance(70) ? target : d.pick(reporters).id();
                return switch (d.between(0, 2)) {
                    case 0 -> Action.SendMessage.of(target, d.pick(List.of(MessageIntent.ASK_TO_ACCEPT_APOLOGY,
                            MessageIntent.PROPOSE_MEDIATION)));
                    case 1 -> Action.RelayApology.of(someAccused, relayTo, d.pick(BRIEF_RELAYS));
                    default -> Action.RelayApology.of(someAccused, relayTo, d.pick(PRESSING_RELAYS));
                };
            }
            case AUTHORITIES: {
                return d.chance(60) ? Action.InvolveAuthority.of(d.pick(Authority.class),
                        d.subset(DisclosureItem.class, 30))
                        : Action.Disclose.of(d.pick(List.of(RecipientClass.LAW_ENFORCEMENT,
                                RecipientClass.VENUE_SECURITY, RecipientClass.EMERGENCY_SERVICES)),
                                d.subset(DisclosureItem.class, 30));
            }
            case MEETINGS: {
                return switch (d.between(0, 2)) {
                    case 0 -> {
                        java.util.Set<PartyId> participants = new java.util.TreeSet<>();
                        for (Party party : all) {
                            if (d.chance(party.has(CaseRole.RESPONSE_TEAM_MEMBER) ? 70 : 20)) {
                                participants.add(party.id());
                            }
                        }
                        if (participants.isEmpty()) {
                            participants.add(d.pick(all).id());
                        }
                        yield Action.ConveneMeeting.of(participants);
                    }
                    case 1 -> {
                        // Someone from the global organization, where one joined, to test who may take over a case.
                        List<Party> global = team.stream().filter(p -> p.has(Standing.GLOBAL_ORGANIZATION)).toList();
                        yield Action.AssignHandler.of((global.isEmpty() || d.chance(50) ? d.pick(team)
                                : d.pick(global)).id());
                    }
                    default -> Action.NotifyAccused.of(someAccused);
                };
            }
            case DECISIONS: {
                if (d.chance(50)) {
                    return riskyDecision(d, s, someAccused);
                }
                return switch (d.between(0, 2)) {
                    case 0 -> Action.RecordDecision.of(Finding.VIOLATION, d.chance(30) ? List.of()
                            : List.of(ImposedSanction.of(Sanction.WARNING, someAccused)));
                    case 1 -> ImmutableCommunicateDecision.builder().accused(someAccused)
                            .appealContact(d.chance(60) ? s.appealContact() : Optional.of("someone else entirely"))
                            .build();
                    default -> ImmutableNotifyAccused.builder().accused(someAccused)
                            .text(mentioning(d, s, "Someone reported your remarks at the booth.")).build();
                };
            }
            case SANCTIONS: {
                return switch (d.between(0, 3)) {
                    case 0 -> ImmutableRecordDecision.builder().finding(Finding.VIOLATION)
                            .addAllSanctions(sanctions(d, accused, s)).build();
                    case 1 -> Action.ReportToExternalBody.of(d.pick(ExternalBody.class), someAccused, Set.of());
                    // Lifting a ban the decision in force still imposes, or one that was never listed.
                    case 2 -> Action.LiftBan.of(someAccused);
                    default -> ImmutableRecordBan.builder().accused(someAccused)
                            .until(d.chance(50) ? Optional.of(s.lastEventAt().plus(Duration.ofDays(d.between(1, 900))))
                                    : Optional.empty()).build();
                };
            }
            case ANNOUNCEMENTS: {
                if (d.chance(20)) {
                    return Action.Disclose.of(RecipientClass.COMMUNITY, d.subset(DisclosureItem.class, 50));
                }
                String nature = d.chance(15) ? "x".repeat(250)
                        : mentioning(d, s, "An attendee repeatedly harassed another attendee at the social");
                return ImmutableAnnounce.builder().kind(d.pick(AnnouncementKind.class)).natureOfIncident(nature)
                        .namesAccused(d.chance(30))
                        .actionTaken(d.chance(50) ? Optional.of(mentioning(d, s, "They were asked to leave"))
                                : Optional.empty())
                        .build();
            }
            case ACCOUNTS: {
                List<Party> tellers = s.incidentParties().stream()
                        .filter(p -> !p.roles().equals(Set.of(CaseRole.ACCUSED))).toList();
                return tellers.isEmpty() ? Action.RecordNote.of(d.from(text))
                        : Action.RecordAccount.of(d.pick(tellers).id(), d.from(text));
            }
            default: {
                return switch (d.between(0, 2)) {
                    case 0 -> Action.AssessGravity.of(d.pick(Gravity.class));
                    case 1 -> Action.RecordDecision.of(Finding.NO_VIOLATION, List.of());
                    default -> Action.LinkCase.of(CaseId.of("case-original"), LinkKind.RETALIATION_FOR);
                };
            }
        }
    }

    /**
     * A decision-related action that may break the decision's rules (DESIGN, "Decision"; I5 and I6 as extended):
     * deciders who were absent, conflicted or parties, votes short of the method, a notice with too little time to
     * answer, an appeal heard by one of its deciders, an interim measure out of place.
     */
    private Action riskyDecision(Draw d, CaseState s, PartyId someAccused) {
        List<Party> everyone = s.parties();
        switch (d.between(0, 5)) {
            case 0: {
                if (s.meetings().isEmpty()) {
                    return Action.ConveneMeeting.of(s.unconflictedTeam().isEmpty()
                            ? Set.of(s.speaker()) : s.unconflictedTeam());
                }
                Meeting meeting = d.pick(s.meetings());
                Set<PartyId> deciders = new TreeSet<>();
                for (Party party : everyone) {
                    if (d.chance(party.has(CaseRole.RESPONSE_TEAM_MEMBER) ? 60 : 10)) {
                        deciders.add(party.id());
                    }
                }
                deciders.addAll(d.chance(50) ? meeting.participants() : Set.of());
                ImmutableRecordDecision.BuildFinal decision = ImmutableRecordDecision.builder()
                        .finding(d.pick(Finding.class)).meeting(meeting.sequence()).addAllDeciders(deciders);
                if (d.chance(50) && !deciders.isEmpty()) {
                    List<PartyId> ordered = new ArrayList<>(deciders);
                    int inFavour = d.between(0, ordered.size());
                    decision.votes(Votes.of(new TreeSet<>(ordered.subList(0, inFavour)),
                            new TreeSet<>(ordered.subList(inFavour, ordered.size())), Set.of()));
                }
                return decision.build();
            }
            case 1:
                return ImmutableNotifyAccused.builder().accused(someAccused).answerBy(s.lastEventAt()
                        .plus(s.decisionRules().hearingDeadline()).plus(Duration.ofHours(d.between(-48, 48)))).build();
            case 2: {
                List<PartyId> pool = new ArrayList<>(s.appealedDecision().map(Decision::deciders).orElse(Set.of()));
                pool.add(d.pick(everyone).id());
                return Action.DecideAppeal.by(d.pick(AppealOutcome.class) == AppealOutcome.OVERTURNED
                        ? AppealOutcome.OVERTURNED : AppealOutcome.UPHELD, List.of(),
                        d.chance(20) ? Set.of() : Set.of(d.pick(pool)));
            }
            case 3:
                return Action.RecordContactAttempt.of(someAccused, d.pick(ContactOutcome.class));
            case 4:
                return ImmutableRecordAppeal.builder().accused(someAccused)
                        .heardLateBecause(d.chance(30) ? Optional.of(d.from(text)) : Optional.empty()).build();
            default:
                return Action.TakeInterimMeasure.of(d.pick(InterimMeasure.class), someAccused);
        }
    }

    /**
     * A workflow: a case and the organizer actions proposed on it, one after the other; some are refused.
     *
     * @param opened the opening of the case
     * @param steps the proposed steps, in order
     */
    public record Workflow(CaseOpened opened, List<Step> steps) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("case ").append(opened.caseId()).append(" (")
                    .append(opened.report().parties().size()).append(" parties, circumstances ")
                    .append(opened.report().circumstances()).append("), then:");
            steps.forEach(step -> text.append("\n  ").append(step));
            return text.toString();
        }
    }

    /**
     * Returns workflows of organizer actions proposed through the guards: mostly what a careful organizer would
     * do, often something risky, with consent grants and revocations, appeals and apologies among them.
     *
     * @param minSteps the fewest steps
     * @param maxSteps the most steps
     * @return the generator
     */
    public Gen<Workflow> workflows(int minSteps, int maxSteps) {
        return in -> {
            Draw d = new Draw(in);
            CaseOpened opened = opening(d);
            CaseFile file = CaseFile.open(opened);
            List<Step> steps = new ArrayList<>();
            int count = d.between(minSteps, maxSteps);
            for (int i = 0; i < count; i++) {
                CaseState state = file.state();
                List<PartyId> team = new ArrayList<>(state.idsWith(CaseRole.RESPONSE_TEAM_MEMBER));
                PartyId by = d.chance(85) ? state.speaker() : d.pick(team);
                Action action = d.chance(55) ? validAction(d, state) : risky(d, state, d.pick(Risk.class));
                Step step = new Step(action, by, state.lastEventAt().plus(Duration.ofMinutes(d.between(0, 180))));
                steps.add(step);
                try {
                    file = org.cocworkflow.core.guard.Guards.apply(file, action, by, step.at()).file();
                } catch (org.cocworkflow.core.CocException refusedOrImpossible) {
                    // Refused and impossible steps stay in the workflow: the property checks how they are handled.
                }
            }
            return new Workflow(opened, steps);
        };
    }

    /**
     * A case and a series of steps to try on it: usually possible, sometimes naming a stranger, recorded by a
     * non-member, dated in the past, or asking for what the state does not allow.
     *
     * @param opened the opening of the case
     * @param steps the steps, each drawn against the state the possible steps before it left
     */
    public record Attempts(CaseOpened opened, List<Step> steps) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("case ").append(opened.caseId()).append(" then:");
            steps.forEach(step -> text.append("\n  ").append(step));
            return text.toString();
        }
    }

    private Step twisted(Draw d, CaseState state) {
        Step step = validStep(d, state);
        int twist = d.between(1, 100);
        PartyId stranger = PartyId.of("stranger");
        if (twist <= 5) {
            return new Step(step.action(), stranger, step.at());
        }
        if (twist <= 10) {
            return new Step(step.action(), d.pick(state.parties()).id(), step.at());
        }
        if (twist <= 14) {
            return new Step(step.action(), step.by(), state.lastEventAt().minusSeconds(d.between(1, 600)));
        }
        if (twist <= 40) {
            PartyId someone = d.pick(state.parties()).id();
            Action odd = switch (d.between(0, 10)) {
                case 0 -> Action.RecordAppeal.of(someone);
                case 1 -> Action.DecideAppeal.of(AppealOutcome.UPHELD, List.of());
                case 2 -> Action.CommunicateDecision.of(someone, Optional.empty());
                case 3 -> Action.NotifyAccused.of(d.chance(30) ? stranger : someone);
                case 4 -> Action.RelayApology.of(someone, d.pick(state.parties()).id(),
                        "they apologize and will keep away");
                case 5 -> Action.AssignHandler.of(someone);
                case 6 -> Action.RecordDecision.of(Finding.VIOLATION,
                        List.of(ImposedSanction.of(Sanction.WARNING, someone)));
                case 7 -> Action.AddParty.of(ImmutableParty.builder().id(someone).addRoles(CaseRole.WITNESS).build());
                case 8 -> Action.CloseCase.of(Resolution.ACTION_TAKEN);
                case 9 -> Action.ReopenCase.of(ReopenReason.PERSON_IDENTIFIED);
                default -> Action.SendMessage.of(someone, d.pick(MessageIntent.class));
            };
            return new Step(odd, step.by(), step.at());
        }
        return step;
    }
}
