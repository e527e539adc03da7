package org.cocworkflow.bench.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.casefile.ActionRecorded;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.guard.Verdict;
import org.cocworkflow.core.party.PartyId;
import org.junit.jupiter.api.Test;

/** The replay benchmark's case files are realistic: guarded at every step, and a mix of what organizers do. */
class LongCaseTest {
    @Test
    void a_long_case_has_the_length_asked_for_starts_as_a_shorter_one_and_the_guards_allow_every_action() {
        CaseFile file = LongCase.file(400);
        assertEquals(400, file.version());
        assertEquals(LongCase.file(300).events(), file.events().subList(0, 300), "a shorter one is its start");
        List<CaseEvent> events = file.events();
        for (int i = 1; i < events.size(); i++) {
            ActionRecorded recorded = (ActionRecorded) events.get(i);
            CaseFile before = CaseFile.replay(events.subList(0, i));
            Verdict verdict = Guards.check(recorded.action(), recorded.by(), before, recorded.at());
            int at = i;
            assertInstanceOf(Verdict.Allowed.class, verdict, () -> "event #" + at + " (" + recorded.action()
                    .typeName() + ") is one the guards refuse");
        }
    }

    @Test
    void a_long_case_mixes_the_actions_organizers_take_and_is_not_mostly_notes() {
        CaseFile file = LongCase.file(1_000);
        Map<String, Integer> types = new TreeMap<>();
        Set<MessageIntent> toVictim = new HashSet<>();
        for (CaseEvent event : file.events().subList(1, file.events().size())) {
            Action action = ((ActionRecorded) event).action();
            types.merge(action.typeName(), 1, Integer::sum);
            if (action instanceof Action.SendMessage message && message.to().equals(PartyId.of("reporter"))) {
                toVictim.add(message.intent());
            }
        }
        assertTrue(types.size() >= 18, "at least 18 kinds of action: " + types);
        for (String expected : List.of("record_note", "send_message", "set_deadline", "record_consent",
                "revoke_consent", "record_account", "hear_accused", "add_party", "add_team_member",
                "declare_relationship", "record_safety_assessment", "assess_gravity", "record_request")) {
            assertTrue(types.containsKey(expected), expected + " is among the actions: " + types);
        }
        assertTrue(types.get("record_note") * 4 < file.version(), "notes are under a quarter: " + types);
        assertTrue(toVictim.size() >= 6, "messages to the victim with several intents: " + toVictim);
    }

    @Test
    void the_replay_benchmark_reads_back_the_case_files_it_wrote_every_way_it_measures() {
        ReplayBenchmark.Files files = new ReplayBenchmark.Files();
        files.setUp(); // throws if a path reads back another case file
        assertEquals(ReplayBenchmark.LARGE, files.largeEvents.size());
        assertEquals(ReplayBenchmark.SMALL, files.smallEvents.size());
        assertEquals(files.largeEvents, files.parse(files.large));
    }
}
