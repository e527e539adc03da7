package org.cocworkflow.store.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.Resolution;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.casefile.ImmutableCaseOpened;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.identity.OrganizationSecret;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.IncidentSpace;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.report.ReportChannel;
import org.cocworkflow.core.report.SpaceKind;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.core.testing.Procedures;
import org.cocworkflow.core.testing.Samples;
import org.cocworkflow.store.StoreOptions;
import org.cocworkflow.store.crypto.DataKey;
import org.cocworkflow.store.crypto.KeyRing;

/** Keys, a fixed clock and small hand-built cases for the store's tests. */
public final class StoreFixtures {
    /** The fixed "now" of the tests. */
    public static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    /** The team member who receives every case. */
    public static final PartyId RECEIVER = Samples.RECEIVER;
    /** The accused of every case. */
    public static final PartyId ACCUSED = Samples.ACCUSED;
    /** The reporter (and target) of every case. */
    public static final PartyId REPORTER = Samples.REPORTER;

    private StoreFixtures() {
    }

    /**
     * Derives 32 bytes from a label, so that tests have fixed keys and secrets.
     *
     * @param label the label
     * @return 32 bytes
     */
    public static byte[] bytes(String label) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(label.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the data key {@code k1} */
    public static DataKey key1() {
        return DataKey.of("k1", bytes("data key 1"));
    }

    /** @return the data key {@code k2} */
    public static DataKey key2() {
        return DataKey.of("k2", bytes("data key 2"));
    }

    /** @return a key ring with {@code k1} current */
    public static KeyRing keys() {
        return KeyRing.of(key1());
    }

    /** @return the organization's identity keys */
    public static IdentityKeys identityKeys() {
        return new IdentityKeys(OrganizationSecret.of(bytes("organization secret")));
    }

    /** @return a clock fixed at {@link #NOW} */
    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** @return options with the fixed clock and a ban list that is checked on every use */
    public static StoreOptions options() {
        return StoreOptions.builder().clock(clock()).banListMaxAge(Duration.ZERO).build();
    }

    /**
     * A report of private harassment received at a moment, against an accused with an e-mail address and a name.
     *
     * @param receivedAt when it was received
     * @param accusedEmail the accused's address
     * @param accusedName the accused's name
     * @return the report
     */
    public static Report report(Instant receivedAt, String accusedEmail, String accusedName) {
        return Report.builder()
                .receivedAt(receivedAt)
                .channel(ReportChannel.IN_PERSON)
                .description("At the evening social the accused kept commenting on my body after I asked them to stop.")
                .space(IncidentSpace.of(SpaceKind.SOCIAL_EVENT))
                .incidentAt(receivedAt.minusSeconds(3_600))
                .addCircumstances(Circumstance.CONTINUED_AFTER_REQUEST_TO_STOP)
                .addParties(Party.builder().id(REPORTER).addRoles(CaseRole.REPORTER, CaseRole.TARGET)
                        .displayName("Dana Reyes").contact("dana@mail.example").addStandings(Standing.ATTENDEE).build())
                .addParties(Party.builder().id(ACCUSED).addRoles(CaseRole.ACCUSED).displayName(accusedName)
                        .addIdentifiers(Identifier.email(accusedEmail)).addStandings(Standing.ATTENDEE).build())
                .build();
    }

    /**
     * Opens a case.
     *
     * @param id the case id
     * @param report the report
     * @return the opening, ten minutes after the report
     */
    public static CaseOpened opened(String id, Report report) {
        return ImmutableCaseOpened.copyOf(Samples.opened(report)).withCaseId(CaseId.of(id));
    }

    /**
     * A case opened at a moment against {@code lee.park@mail.example}, "Lee Park", unless told otherwise.
     *
     * @param id the case id
     * @param at when the report was received
     * @return the case file
     */
    public static CaseFile caseFile(String id, Instant at) {
        return CaseFile.open(opened(id, report(at, "lee.park@mail.example", "Lee Park")));
    }

    /**
     * A case file appended with one action by the receiver, a minute after its last event.
     *
     * @param file the case
     * @param action the action
     * @return the longer case file
     */
    public static CaseFile then(CaseFile file, Action action) {
        return file.append(action, RECEIVER, file.state().lastEventAt().plusSeconds(60));
    }

    /**
     * A case decided and closed: the accused told and heard, a decision, optionally a ban, the decision
     * communicated, and closed; every step an hour after the one before.
     *
     * @param file the open case
     * @param finding the finding
     * @param sanctions the sanctions on the accused
     * @param ban the ban's end, if a ban is recorded: empty optional inside for an indefinite ban
     * @return the closed case file
     */
    public static CaseFile decideAndClose(CaseFile file, Finding finding, List<Sanction> sanctions,
            Optional<Optional<Instant>> ban) {
        CaseFile f = then(file, Action.AssignHandler.of(RECEIVER));
        f = then(f, Action.NotifyAccused.of(ACCUSED));
        f = then(f, Action.HearAccused.of(ACCUSED, "They said it was a joke."));
        List<ImposedSanction> imposed = sanctions.stream().map(s -> ban.flatMap(b -> b).filter(
                u -> s == Sanction.BAN_FROM_FUTURE_EVENTS).map(u -> ImposedSanction.until(s, ACCUSED, u))
                .orElse(ImposedSanction.of(s, ACCUSED))).toList();
        f = Procedures.decide(f, finding, imposed);
        if (ban.isPresent()) {
            f = then(f, org.cocworkflow.core.action.ImmutableRecordBan.builder().accused(ACCUSED)
                    .until(ban.get()).build());
        }
        f = then(f, Action.CommunicateDecision.of(ACCUSED, Optional.of("appeals@events.example")));
        return then(f, Action.CloseCase.of(finding == Finding.VIOLATION ? Resolution.ACTION_TAKEN
                : Resolution.NO_VIOLATION_FOUND));
    }

    /**
     * The accused told of the complaint and heard, unless they already were: what the guards ask before a violation
     * is found (I6).
     *
     * @param file the case
     * @return the case file with the accused heard
     */
    public static CaseFile heard(CaseFile file) {
        CaseFile f = file;
        if (!f.state().notified(ACCUSED)) {
            f = then(f, Action.NotifyAccused.of(ACCUSED));
        }
        if (!f.state().heard(ACCUSED)) {
            f = then(f, Action.HearAccused.of(ACCUSED, "They said it was a joke."));
        }
        return f;
    }

    /**
     * A ban from future events decided and put on the ban list, the way the guards allow it: the accused heard, a
     * decision that bans them, then the ban-list entry for exactly that ban.
     *
     * @param file the case, without a decision in force
     * @param until when the ban ends; empty for an indefinite ban
     * @param scopes the events it applies to; empty for all
     * @return the case file with the ban recorded
     */
    public static CaseFile decidedBan(CaseFile file, Optional<Instant> until, List<String> scopes) {
        ImposedSanction ban = until.map(u -> ImposedSanction.until(Sanction.BAN_FROM_FUTURE_EVENTS, ACCUSED, u))
                .orElse(ImposedSanction.of(Sanction.BAN_FROM_FUTURE_EVENTS, ACCUSED));
        CaseFile decided = Procedures.decide(heard(file), Finding.VIOLATION, List.of(ban));
        return then(decided, org.cocworkflow.core.action.ImmutableRecordBan.builder().accused(ACCUSED).until(until)
                .addAllScopes(scopes).build());
    }

    /**
     * The decision appealed and overturned: its ban comes off the decision in force, so the ban list entry may be
     * lifted.
     *
     * @param file the case with a decision in force
     * @return the case file after the appeal
     */
    public static CaseFile overturned(CaseFile file) {
        return Procedures.decideAppeal(then(file, Action.RecordAppeal.of(ACCUSED)),
                org.cocworkflow.core.response.AppealOutcome.OVERTURNED, List.of());
    }
}
