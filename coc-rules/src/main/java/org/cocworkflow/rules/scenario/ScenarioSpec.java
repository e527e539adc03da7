package org.cocworkflow.rules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.report.EventWindow;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.retention.RetentionClass;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.core.screening.Screening;
import org.cocworkflow.rules.EventPhase;
import org.cocworkflow.rules.OrganizationSettings;
import org.cocworkflow.rules.screening.Recommendation;

/** What a scenario holds, as read from its file; paths are the JSON paths used in failure messages. */
record ScenarioSpec(Instant now, EventPhase phase, OrganizationSettings organization, List<KnownCase> priorCases,
        List<KnownBan> bans, List<KnownMatch> elsewhere, List<CaseSpec> cases, Optional<Screening> screening,
        Expectations expect) {

    /** A case built from a report and the steps taken so far, each through the guards. */
    record CaseSpec(String path, CaseId caseId, Report report, Party receivedBy, Instant openedAt,
            Optional<String> appealContact, Optional<EventWindow> event, List<Step> steps) {
    }

    /**
     * One step an organizer took: an action, optionally when and by whom. A decision step may name the latest
     * meeting held so far instead of its sequence number ({@code "meeting": "latest"}); its deciders are then that
     * meeting's participants unless the step names them.
     */
    record Step(String path, Action action, Optional<Instant> at, Optional<PartyId> by, boolean inLatestMeeting) {
    }

    /** What an earlier case or ban is known by: an e-mail address, a handle on a service, or a name. */
    record Match(String kind, String value, String service) {
        IdentityKey key(IdentityKeys keys) {
            return switch (kind) {
                case "email" -> keys.email(value);
                case "handle" -> keys.handle(service, value);
                default -> keys.name(value);
            };
        }
    }

    /** An earlier case the history knows. */
    record KnownCase(CaseId caseId, Match matchedBy, Instant openedAt, Optional<Finding> finding,
            List<Sanction> sanctions) {
    }

    /** A match other chapters hold, as the global organization's registry or a chapter told by it knows it. */
    record KnownMatch(Match matchedBy, int otherChapters, Instant since, boolean told) {
    }

    /** A ban in force the history knows. */
    record KnownBan(CaseId caseId, Match matchedBy, Optional<Instant> until, List<String> scopes) {
    }

    /** What must and must not come out. Suggestion and note patterns match partially (see docs). */
    record Expectations(List<JsonNode> present, List<JsonNode> absent, List<String> fired, List<String> notFired,
            Optional<Integer> defects, Optional<Optional<RetentionClass>> retention,
            Optional<Recommendation> recommendation, List<JsonNode> notes, List<String> absentNotes) {
    }
}
