package org.cocworkflow.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.cocworkflow.core.json.internal.Problems;

/**
 * What the first versions of the case-file and action formats ({@code coc-case-file/1}, {@code coc-action/1}) did
 * not have. Readers are strict, so a version-1 document that holds anything version 2 added is refused; a version-1
 * document without them is read as version 2 with those parts absent. Version 2 added the import mark (DESIGN,
 * "Guarded paths only"), and the decision's meeting, deciders, votes and interim reviews, interim measures, contact
 * attempts, the date a notice asks the accused to answer by, a late appeal's reason, an appeal's hearers, and the
 * decision rules and event window a case records at its opening (DESIGN, "Decision").
 */
final class Version1 {
    /** The event and action types version 2 added. */
    private static final Set<String> NEW_TYPES = Set.of("case_imported", "take_interim_measure",
            "lift_interim_measure", "record_contact_attempt", "remind_of_code",
            "ask_third_party", "reopen_case");
    /** The fields version 2 added, by event or action type. */
    private static final Map<String, Set<String>> NEW_FIELDS = Map.of(
            "case_opened", Set.of("decisionRules", "event"),
            "notify_accused", Set.of("answerBy"),
            "record_decision", Set.of("meeting", "deciders", "votes", "interimReviews"),
            "record_appeal", Set.of("heardLateBecause"),
            "decide_appeal", Set.of("hearers"));

    private Version1() {
    }

    /** Records what version 2 added wherever it appears among a case file's events. */
    static void checkEvents(JsonNode events, String path, Problems problems) {
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String where = Problems.index(path, i);
            check(event, where, problems);
            JsonNode action = event.get("action");
            if (action != null && action.isObject()) {
                check(action, where + ".action", problems);
            }
        }
    }

    /** Records what version 2 added in an action document's action. */
    static void checkAction(JsonNode action, String path, Problems problems) {
        check(action, path, problems);
    }

    private static void check(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            return;
        }
        String type = node.path("type").asText("");
        if (NEW_TYPES.contains(type)) {
            problems.add(path + ".type", "this type came in version 2 of the format; declare the document as "
                    + "version 2");
            return;
        }
        for (String field : NEW_FIELDS.getOrDefault(type, Set.of())) {
            if (node.has(field)) {
                problems.add(path + "." + field, "this field came in version 2 of the format; declare the document "
                        + "as version 2");
            }
        }
    }
}
