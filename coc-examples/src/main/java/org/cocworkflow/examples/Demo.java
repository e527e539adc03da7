package org.cocworkflow.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.Authority;
import org.cocworkflow.core.action.EscalationReason;
import org.cocworkflow.core.action.ExternalBody;
import org.cocworkflow.core.action.ImmutableRecordBan;
import org.cocworkflow.core.action.ImmutableRecordDecision;
import org.cocworkflow.core.action.LinkKind;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.action.Votes;
import org.cocworkflow.core.action.Resolution;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.casefile.Meeting;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.guard.Applied;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.guard.Verdict;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.identity.OrganizationSecret;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.report.EventWindow;
import org.cocworkflow.core.report.ImmutableReport;
import org.cocworkflow.core.report.IncidentSpace;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.report.SpaceKind;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.response.Gravity;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.response.SafetyAssessment;
import org.cocworkflow.core.response.VictimWish;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.core.screening.Screening;
import org.cocworkflow.core.screening.ScreeningMatch;
import org.cocworkflow.rules.Advice;
import org.cocworkflow.rules.AdviceContext;
import org.cocworkflow.rules.Advisor;
import org.cocworkflow.rules.AdvisorOptions;
import org.cocworkflow.rules.EventCalendar;
import org.cocworkflow.rules.OrganizationSettings;
import org.cocworkflow.rules.SupportService;
import org.cocworkflow.rules.Suggestion;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.screening.ScreeningAdvice;
import org.cocworkflow.store.CaseStore;
import org.cocworkflow.store.Stores;
import org.cocworkflow.store.ban.Registration;
import org.cocworkflow.store.crypto.DataKey;
import org.cocworkflow.store.crypto.KeyRing;

/**
 * The demo the README runs first: reads each sample report, opens a case for it under the edition in force at its
 * incident, records the first steps an organizer takes following seed 003, prints each case's timeline and state,
 * then asks the rules what to do next and follows the first few suggestions through the guards. A report from last
 * year is advised under last year's edition, loaded from a directory as a rule author would write it.
 *
 * <p>The steps before the advice are chosen by hand, as an organizer would, and each goes through the guards; a few
 * things an organizer must not do are tried as well, to show the guards refusing them with their reasons.
 */
public final class Demo {
    private static final String APPEALS = "the conference chair, chair@pycon-north.example";
    /** The first entry of the organization's list of emergency resources (seed 003, "Preparation"). */
    private static final SupportService EMERGENCY = SupportService.of("Local emergency services",
            "112 (emergency), 0800 555 0100 (non-emergency police line)", "police, ambulance and fire brigade");
    private static final PartyId HANDLER = PartyId.of("handler-ana");
    private static final PartyId MEMBER = PartyId.of("member-sam");
    private static final PartyId GLOBAL = PartyId.of("global-lin");
    private static final PartyId REPORTER = PartyId.of("reporter");
    private static final PartyId ACCUSED = PartyId.of("accused-1");
    private static final Instant BAN_ENDS = Instant.parse("2027-12-31T23:59:59Z");
    private static final String NEXT_EVENT = "pycon-north-2027";
    /** The demo's data key (AES-256) for the store; a real one comes from the embedder's secrets manager. */
    private static final byte[] DEMO_DATA_KEY = "demo data key, not for real use!".getBytes(StandardCharsets.UTF_8);
    /** How many suggestions the demo follows for each case, most urgent first. */
    private static final int FOLLOWED = 3;
    /** The demo's own secret for identity keys; a real deployment keeps its secret out of the code. */
    private static final byte[] DEMO_SECRET = "demo secret for identity keys, not for real use".getBytes(
            StandardCharsets.UTF_8);

    private Demo() {
    }

    /**
     * Runs the demo.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("CoC workflow demo: " + SampleReports.NAMES.size() + " sample reports and one from last year, "
                + "opened as cases in an embedded store, taken through their first steps, and advised by the rules; "
                + "then next year's registrations are screened against the ban list.\n");
        for (String rendering : run()) {
            out.println(rendering);
        }
    }

    /**
     * Opens, works and advises every sample case and last year's case, keeping them in an embedded store in a
     * temporary directory that is removed afterwards.
     *
     * @return one rendering per case, then the registration screening
     */
    public static List<String> run() {
        Path directory;
        try {
            directory = Files.createTempDirectory("coc-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException("the demo needs a temporary directory for its store", e);
        }
        try {
            return run(directory);
        } finally {
            delete(directory);
        }
    }

    /**
     * Opens, works and advises every sample case and last year's case, keeping them in an embedded store (an H2
     * file) in a directory.
     *
     * @param storeDirectory where the store keeps its file
     * @return one rendering per case, then the registration screening
     */
    public static List<String> run(Path storeDirectory) {
        CocJson json = CocJson.standard();
        IdentityKeys identityKeys = new IdentityKeys(OrganizationSecret.of(DEMO_SECRET));
        List<String> renderings = new ArrayList<>();
        try (CaseStore store = Stores.embedded(storeDirectory, KeyRing.of(DataKey.of("demo-2026", DEMO_DATA_KEY)),
                identityKeys);
                Advisor advisor = Advisor.create(options(store, identityKeys))) {
            recordLastYearsMeetupCase(store, advisor, json);
            int number = 0;
            for (String name : SampleReports.NAMES) {
                number++;
                Report report = json.readReport(SampleReports.json(name));
                CaseFile file = store.create(opening(advisor, report, String.format("case-2026-%03d", number)));
                List<String> refusals = new ArrayList<>();
                Action tried = TRIED.get(name);
                if (tried != null) {
                    refusals.add(attempt(file, tried));
                }
                file = work(store, file, steps(name));
                // What the organizers see next time is what the store gives back: decrypted, chain verified.
                CaseFile stored = store.load(file.id(), HANDLER).orElseThrow();
                renderings.add(CasePrinter.render(name, stored, refusals) + advise(advisor, stored));
            }
            renderings.add(lastYear(store, advisor, json));
            renderings.add(screening(store, advisor, identityKeys));
        }
        return renderings;
    }

    /**
     * The case the history finds: at a meetup in March 2025 the accused of the private-harassment sample was
     * warned and banned from the chapter's events until the end of 2027. Recorded step by step through the guards.
     */
    private static void recordLastYearsMeetupCase(CaseStore store, Advisor advisor, CocJson json) {
        Report report = socialSampleAt(json, Instant.parse("2025-03-10T19:00:00Z"),
                Instant.parse("2025-03-10T21:00:00Z"), SpaceKind.MEETUP);
        CaseFile file = store.create(opening(advisor, report, "case-2025-014"));
        work(store, file, List.of(
                Action.AddTeamMember.of(teamMember(MEMBER, Standing.RESPONSE_TEAM_MEMBER)),
                Action.AssignHandler.of(HANDLER),
                Action.SetResponsePath.of(ResponsePath.PRIVATE),
                Action.SendMessage.of(REPORTER, MessageIntent.CONVENE_UNLESS_DECLINED),
                Action.RecordVictimWish.of(REPORTER, VictimWish.PROCEED),
                Action.NotifyAccused.of(ACCUSED),
                Action.HearAccused.of(ACCUSED, "Does not dispute the messages."),
                Action.ConveneMeeting.of(Set.of(HANDLER, MEMBER)),
                new MeetingDecides(Finding.VIOLATION, List.of(
                        ImposedSanction.of(Sanction.WARNING, ACCUSED),
                        ImposedSanction.until(Sanction.BAN_FROM_FUTURE_EVENTS, ACCUSED, BAN_ENDS))),
                Action.CommunicateDecision.of(ACCUSED, Optional.of(APPEALS)),
                ImmutableRecordBan.builder().accused(ACCUSED).until(BAN_ENDS).build(),
                Action.CloseCase.of(Resolution.ACTION_TAKEN)));
    }

    /** The advisor: last year's edition beside this year's, the event's dates, the organization, the store's history. */
    private static AdvisorOptions options(CaseStore store, IdentityKeys identityKeys) {
        return AdvisorOptions.builder()
                .addEditions(lastYearsEdition(), Editions.shipped())
                .calendar(EventCalendar.of(EventWindow.of("pycon-north-2026", Instant.parse("2026-06-11T08:00:00Z"),
                        Instant.parse("2026-06-14T18:00:00Z"))))
                .organization(OrganizationSettings.builder().globalOrganizationContact("coc@global.example")
                        .appealContact(APPEALS).addEmergencyResources(EMERGENCY).reportingFormPublished(true)
                        .responseTeamNamed(true).build())
                .history(store.history())
                .identityKeys(identityKeys)
                .build();
    }

    /** Last year's edition, from its directory: the shipped rules with other response times. */
    static Edition lastYearsEdition() {
        try {
            URL manifest = Demo.class.getResource("editions/standard-2025/edition.json");
            if (manifest == null) {
                throw new IllegalStateException("the demo's edition directory is missing from the class path");
            }
            return Editions.fromDirectory(Path.of(manifest.toURI()).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the demo's edition directory cannot be located", e);
        }
    }

    private static CaseOpened opening(Advisor advisor, Report report, String caseId) {
        // The advisor opens it under the edition in force at the incident, with its decision rules and the event's
        // dates; the store then keeps it from its opening.
        return advisor.open(CaseId.of(caseId), report, teamMember(HANDLER, Standing.RESPONSE_TEAM_MEMBER),
                report.receivedAt().plus(Duration.ofMinutes(5))).opening();
    }

    /** Asks the rules what to do next, ten minutes after the last step, and follows the first suggestions. */
    private static String advise(Advisor advisor, CaseFile file) {
        Instant now = file.state().lastEventAt().plus(Duration.ofMinutes(10));
        Advice advice = advisor.advise(file, AdviceContext.at(now));
        List<String> followed = new ArrayList<>();
        CaseFile current = file;
        for (Suggestion suggestion : advice.suggestions().subList(0, Math.min(FOLLOWED,
                advice.suggestions().size()))) {
            Applied applied = Guards.apply(current, suggestion.action(), current.state().speaker(), now);
            current = applied.file();
            followed.add(suggestion.action().summary() + (applied.flags().isEmpty() ? ""
                    : " (to check: " + applied.flags().get(0).note() + ")"));
        }
        return CasePrinter.renderAdvice(advice, followed);
    }

    /** A report from last year's conference, advised under last year's edition. */
    private static String lastYear(CaseStore store, Advisor advisor, CocJson json) {
        Report report = socialSampleAt(json, Instant.parse("2025-09-20T20:45:00Z"),
                Instant.parse("2025-09-20T21:30:00Z"), SpaceKind.SOCIAL_EVENT);
        CaseFile file = work(store, store.create(opening(advisor, report, "case-2025-031")), List.of(
                Action.AddTeamMember.of(teamMember(MEMBER, Standing.RESPONSE_TEAM_MEMBER)),
                Action.AssignHandler.of(HANDLER),
                Action.SetResponsePath.of(ResponsePath.PRIVATE)));
        return CasePrinter.render("a report from last year's conference", file, List.of()) + advise(advisor, file);
    }

    /** The private-harassment sample, as if it had happened at another time and place (same people). */
    private static Report socialSampleAt(CocJson json, Instant incident, Instant received, SpaceKind space) {
        return ImmutableReport.copyOf(json.readReport(SampleReports.json("03-private-harassment-at-the-social")))
                .withIncidentAt(incident).withReceivedAt(received).withSpace(IncidentSpace.of(space));
    }

    /** Things an organizer might try that the guards refuse, shown with the guards' reasons. */
    private static final Map<String, Action> TRIED = Map.of(
            "03-private-harassment-at-the-social", Action.SendMessage.of(REPORTER, MessageIntent.INVITE_WITHDRAWAL),
            "05-report-against-an-organizer", Action.AssignHandler.of(HANDLER),
            "01-threat-at-the-venue", Action.Disclose.of(
                    org.cocworkflow.core.consent.RecipientClass.CO_ORGANIZERS,
                    Set.of(DisclosureItem.INCIDENT_DETAILS, DisclosureItem.VICTIM_IDENTITY)));

    private static String attempt(CaseFile file, Action action) {
        Verdict verdict = Guards.check(action, file, file.state().lastEventAt().plusSeconds(60));
        if (verdict instanceof Verdict.Refused refused) {
            return action.summary() + " -> refused by " + refused.guard() + ": " + refused.reason() + " ("
                    + refused.citation() + ")";
        }
        throw new IllegalStateException("the demo expected the guards to refuse this action");
    }

    /**
     * A decision of the latest response meeting: its members present vote, all of them in favour here (the shipped
     * edition decides by consensus), and the handler, who was there, records it (DESIGN, "Decision").
     */
    private record MeetingDecides(Finding finding, List<ImposedSanction> sanctions) {
        Action in(CaseFile file) {
            Meeting meeting = file.state().meetings().get(file.state().meetings().size() - 1);
            return ImmutableRecordDecision.builder().finding(finding).addAllSanctions(sanctions)
                    .meeting(meeting.sequence()).addAllDeciders(meeting.participants())
                    .votes(Votes.of(meeting.participants(), Set.of(), Set.of())).build();
        }
    }

    /**
     * Records each step through the guards and into the store, ten minutes apart, as the handler would: an action,
     * or a decision of the latest meeting.
     */
    private static CaseFile work(CaseStore store, CaseFile file, List<?> steps) {
        Instant at = file.state().lastEventAt();
        CaseFile current = file;
        for (Object step : steps) {
            at = at.plus(Duration.ofMinutes(10));
            Action action = step instanceof MeetingDecides decides ? decides.in(current) : (Action) step;
            current = store.record(current, action, current.state().speaker(), at).file();
        }
        return current;
    }

    /**
     * Screens next year's registrations against the ban list and asks the rules what to do about each match. Only
     * case references and match strengths are printed: the screening holds identity keys, never who registered.
     */
    private static String screening(CaseStore store, Advisor advisor, IdentityKeys identityKeys) {
        Instant at = Instant.parse("2027-01-15T10:00:00Z");
        List<Registration> registrations = List.of(
                Registration.builder().scope(NEXT_EVENT).displayName("Ana Silva")
                        .addIdentifiers(Identifier.email("ana.silva@mail.example")).build(),
                // the banned person, with the address the ban was recorded under, written differently
                Registration.builder().scope(NEXT_EVENT).displayName("L. Park")
                        .addIdentifiers(Identifier.email("Lee.Park@Mail.Example")).build(),
                // someone else who shares the name: a flag for a person to look at, never a rejection
                Registration.builder().scope(NEXT_EVENT).displayName("Lee Park")
                        .addIdentifiers(Identifier.email("lpark.design@mail.example")).build());
        StringBuilder out = new StringBuilder("== Registration screening for " + NEXT_EVENT + " on " + at + "\n");
        out.append("   ").append(store.bans().inForce(at).size()).append(" ban(s) in force; ")
                .append(registrations.size()).append(" registrations screened\n");
        List<Screening> screened = store.bans().screenAll(registrations, at);
        for (int i = 0; i < screened.size(); i++) {
            Screening screening = screened.get(i);
            out.append("   registration ").append(i + 1).append(": ");
            if (screening.matches().isEmpty()) {
                out.append("no match\n");
                continue;
            }
            ScreeningMatch match = screening.matches().get(0);
            ScreeningAdvice advice = advisor.screen(screening);
            out.append(match.strength()).append(" match with ").append(match.caseRef().value()).append(" -> ")
                    .append(advice.recommendation()).append(": ").append(advice.reason()).append("\n")
                    .append("      rule: ").append(advice.rule()).append(" [").append(advice.citation())
                    .append("]\n");
        }
        out.append("   the registrants are told nothing about a ban; the organizers decide\n");
        return out.toString();
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the demo's store in " + directory, e);
        }
    }

    private static Party teamMember(PartyId id, Standing standing) {
        return Party.builder().id(id).addRoles(CaseRole.RESPONSE_TEAM_MEMBER).addStandings(standing).build();
    }

    private static Instant hoursAfter(Instant start, int hours) {
        return start.plus(Duration.ofHours(hours));
    }

    /** The first steps an organizer takes for each sample, following seed 003. */
    private static List<Object> steps(String name) {
        Instant start = Instant.parse("2026-06-12T00:00:00Z");
        List<Object> common = List.of(
                Action.AddTeamMember.of(teamMember(MEMBER, Standing.RESPONSE_TEAM_MEMBER)),
                Action.AssignHandler.of(HANDLER));
        Map<String, List<Object>> specific = Map.of(
                // Safety is in doubt until the team assesses it: security comes first, unasked (I4); once the
                // man was escorted out, the team records that everyone is presently safe, and from then on the
                // police wait for the victim's request.
                "01-threat-at-the-venue", List.of(
                        Action.InvolveAuthority.of(Authority.VENUE_SECURITY, Set.of(DisclosureItem.INCIDENT_DETAILS)),
                        Action.RecordSafetyAssessment.of(SafetyAssessment.GENERAL_THREAT),
                        Action.SetResponsePath.of(ResponsePath.THREAT_TO_PHYSICAL_WELLBEING),
                        Action.SendMessage.of(REPORTER, MessageIntent.OFFER_PRIVATE_PLACE),
                        Action.SendMessage.of(REPORTER, MessageIntent.OFFER_TRUSTED_PERSON),
                        Action.SendMessage.of(REPORTER, MessageIntent.ASK_HOW_TO_HELP),
                        Action.SendMessage.of(REPORTER, MessageIntent.PROVIDE_EMERGENCY_RESOURCES),
                        Action.RecordSafetyAssessment.of(SafetyAssessment.NO_PRESENT_THREAT),
                        Action.SetDeadline.of(DeadlineKind.RESPONSE, hoursAfter(start, 27))),
                "02-harassing-talk", List.of(
                        Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED),
                        Action.SendMessage.of(REPORTER, MessageIntent.CONFIRM_BREACH_AND_CONVENE),
                        Action.NotifyAccused.of(ACCUSED),
                        Action.HearAccused.of(ACCUSED, "Says the images were meant as a joke and apologises."),
                        Action.ConveneMeeting.of(Set.of(HANDLER, MEMBER)),
                        new MeetingDecides(Finding.VIOLATION, List.of(
                                ImposedSanction.of(Sanction.WITHHOLD_TALK_RECORDING, ACCUSED),
                                ImposedSanction.of(Sanction.NO_FURTHER_TALKS, ACCUSED),
                                ImposedSanction.of(Sanction.WARNING, ACCUSED))),
                        Action.CommunicateDecision.of(ACCUSED, Optional.of(APPEALS))),
                "03-private-harassment-at-the-social", List.of(
                        Action.SetResponsePath.of(ResponsePath.PRIVATE),
                        Action.SendMessage.of(REPORTER, MessageIntent.CONVENE_UNLESS_DECLINED),
                        Action.RecordVictimWish.of(REPORTER, VictimWish.PROCEED),
                        Action.SetDeadline.of(DeadlineKind.RESPONSE, hoursAfter(start, 34))),
                "04-harassment-in-the-chat", List.of(
                        Action.SetResponsePath.of(ResponsePath.PRIVATE),
                        Action.SendMessage.of(REPORTER, MessageIntent.CONVENE_UNLESS_DECLINED),
                        Action.RecordVictimWish.of(REPORTER, VictimWish.PROCEED),
                        Action.NotifyAccused.of(ACCUSED),
                        Action.HearAccused.of(ACCUSED, "Says the replies were 'just banter'."),
                        Action.ConveneMeeting.of(Set.of(HANDLER, MEMBER)),
                        new MeetingDecides(Finding.VIOLATION, List.of(
                                ImposedSanction.of(Sanction.HIDE_FROM_TARGET, ACCUSED),
                                ImposedSanction.until(Sanction.BLOCK_FROM_SERVICE, ACCUSED,
                                        Instant.parse("2026-07-03T00:00:00Z")))),
                        Action.CommunicateDecision.of(ACCUSED, Optional.of(APPEALS))),
                "06-sponsor-booth", List.of(
                        Action.SetResponsePath.of(ResponsePath.PRIVATE),
                        Action.SendMessage.of(REPORTER, MessageIntent.CONVENE_UNLESS_DECLINED),
                        Action.RecordVictimWish.of(REPORTER, VictimWish.PROCEED),
                        Action.NotifyAccused.of(ACCUSED),
                        Action.HearAccused.of(ACCUSED, "Denies the remarks."),
                        Action.ConveneMeeting.of(Set.of(HANDLER, MEMBER)),
                        new MeetingDecides(Finding.VIOLATION, List.of(
                                ImposedSanction.of(Sanction.NO_CONTACT_REST_OF_EVENT, ACCUSED),
                                ImposedSanction.of(Sanction.WARNING, ACCUSED))),
                        Action.ReportToExternalBody.of(ExternalBody.EMPLOYER, ACCUSED,
                                Set.of(DisclosureItem.INCIDENT_DETAILS))),
                "07-report-with-requested-actions", List.of(
                        Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED),
                        Action.NotifyAccused.of(ACCUSED),
                        Action.HearAccused.of(ACCUSED, "Says it was friendly teasing."),
                        Action.ConveneMeeting.of(Set.of(HANDLER, MEMBER)),
                        new MeetingDecides(Finding.VIOLATION, List.of(
                                ImposedSanction.of(Sanction.END_VOLUNTEER_ROLE, ACCUSED),
                                ImposedSanction.of(Sanction.NO_CONTACT_REST_OF_EVENT, ACCUSED))),
                        Action.CommunicateDecision.of(ACCUSED, Optional.of(APPEALS)),
                        Action.SendMessage.of(REPORTER, MessageIntent.FOLLOW_UP_ON_OUTCOME)),
                "08-anonymous-report", List.of(
                        Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED),
                        Action.RecordNote.of("Nobody to follow up with; check the workshop instructor's other "
                                + "sessions and the instructor list.")),
                "09-retaliation-against-a-witness", List.of(
                        Action.LinkCase.of(CaseId.of("case-2026-001"), LinkKind.RETALIATION_FOR),
                        Action.AssessGravity.of(Gravity.TEMPORARY_BAN),
                        Action.SetResponsePath.of(ResponsePath.PRIVATE),
                        Action.SendMessage.of(REPORTER, MessageIntent.CHECK_IN)),
                "10-witness-report-with-identified-target", List.of(
                        Action.SetResponsePath.of(ResponsePath.PRIVATE),
                        Action.SendMessage.of(PartyId.of("target-1"), MessageIntent.CHECK_IN),
                        Action.SendMessage.of(REPORTER, MessageIntent.EXPLAIN_PROCESS)));
        if (name.equals("05-report-against-an-organizer")) {
            // A report against an organizer goes to the global organization, which handles it (seed 003).
            return List.of(
                    Action.EscalateToGlobalOrganization.of(EscalationReason.ACCUSED_HANDLES_REPORTS),
                    Action.AddTeamMember.of(teamMember(GLOBAL, Standing.GLOBAL_ORGANIZATION)),
                    Action.AssignHandler.of(GLOBAL),
                    Action.SendMessage.of(REPORTER, MessageIntent.EXPLAIN_PROCESS));
        }
        List<Object> steps = new ArrayList<>(common);
        steps.addAll(specific.getOrDefault(name, List.of()));
        return steps;
    }
}
