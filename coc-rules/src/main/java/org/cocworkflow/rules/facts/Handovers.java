package org.cocworkflow.rules.facts;

import java.util.List;
import java.util.stream.Collectors;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.rules.SupportService;

/**
 * The texts of suggested messages that hand something over: the organization's emergency resources or confidential
 * services (seed 003, "List of emergency resources"; seed 000), and the notice to the accused, which says that
 * retaliation is itself a violation (seed 002). Built only from the organization's settings and fixed words, never
 * from the case, so they cannot carry a name or a detail of it.
 */
public final class Handovers {
    /** What the notice of a complaint says about retaliation (seed 002). */
    public static final String RETALIATION_WARNING = "Retaliating against anyone who reported, witnessed or helped "
            + "with this complaint is itself a violation of our code of conduct and will be dealt with as one.";

    private Handovers() {
    }

    /**
     * Creates a message that hands over services: the text lists each entry, or there is no text where the
     * organization lists none (the preparation review asks for the list).
     *
     * @param to the recipient
     * @param intent what the message is for
     * @param services the services it hands over
     * @return the message
     */
    public static Action.SendMessage message(PartyId to, MessageIntent intent, List<SupportService> services) {
        if (services.isEmpty()) {
            return Action.SendMessage.of(to, intent);
        }
        return Action.SendMessage.of(to, intent, services.stream().map(SupportService::describe)
                .collect(Collectors.joining("\n", "", "")));
    }
}
