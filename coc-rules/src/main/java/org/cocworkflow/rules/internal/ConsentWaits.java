package org.cocworkflow.rules.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.casefile.ActionRecorded;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.casefile.MessageSent;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.guard.ConsentNeed;
import org.cocworkflow.core.guard.Guard;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.guard.Refusal;
import org.cocworkflow.core.guard.Verdict;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.rules.ImmutableSuggestion;
import org.cocworkflow.rules.ImmutableWaitingForConsent;
import org.cocworkflow.rules.Suggestion;
import org.cocworkflow.rules.WaitingForConsent;
import org.cocworkflow.rules.facts.Proposal;

/**
 * Turns a proposal the guards refused for missing consent alone into a question to the people who can give it and
 * an action that waits for their answer (issue 15: wherever an action needs someone's consent, the advice asks for
 * it instead of leaving a refused action).
 *
 * <p>A proposal waits when every refusal of it carries a {@link ConsentNeed} with somebody to ask, all for one
 * recipient class; anything else stays a rule defect. Each holder not asked yet about the class is asked, through
 * the guards like any suggestion; if a question is refused, the proposal is a defect after all, since nothing the
 * advice may suggest would lift its refusal. A holder who answered no ({@code revoke_consent} after the latest
 * question about the class) is not asked again, and the proposal is dropped rather than listed: the answer was given,
 * and showing the action as waiting would invite pressing the victim (seed 003, "Things not to do"). Not used
 * concurrently; one instance serves one request.
 */
final class ConsentWaits {
    private final CaseFile file;
    private final Instant now;
    private final List<Waiting> pending = new ArrayList<>();

    private record Waiting(Proposal proposal, Verdict.Refused refused, RecipientClass recipient,
            Set<PartyId> holders) {
    }

    ConsentWaits(CaseFile file, Instant now) {
        this.file = file;
        this.now = now;
    }

    /**
     * Takes a refused proposal if it waits for consent alone.
     *
     * @return true if taken; false if it is a rule defect
     */
    boolean offer(Proposal proposal, Verdict.Refused refused) {
        RecipientClass recipient = null;
        Set<PartyId> holders = new TreeSet<>();
        for (Refusal refusal : refused.refusals()) {
            Optional<ConsentNeed> need = refusal.consentNeed();
            if (refusal.guard() != Guard.CONSENT || need.isEmpty() || need.get().holders().isEmpty()
                    || recipient != null && recipient != need.get().recipient()) {
                return false;
            }
            recipient = need.get().recipient();
            holders.addAll(need.get().holders());
        }
        pending.add(new Waiting(proposal, refused, recipient, holders));
        return true;
    }

    /**
     * Asks for the consent the taken proposals wait for: adds the questions to the suggestions (merged with the same
     * question from a rule), and returns the waiting actions.
     *
     * @param byAction the suggestions that passed the guards, by action
     * @param defect where a proposal goes whose question the guards refuse
     * @return the waiting actions, by rule name, then the action's summary
     */
    List<WaitingForConsent> resolve(Map<Action, Suggestion> byAction, BiConsumer<Proposal, Verdict.Refused> defect) {
        CaseState state = file.state();
        Map<Action, WaitingForConsent> waiting = new LinkedHashMap<>();
        for (Waiting w : pending) {
            if (w.holders().stream().anyMatch(holder -> declined(holder, w.recipient()))) {
                continue;
            }
            List<PartyId> asked = new ArrayList<>();
            List<Suggestion> questions = new ArrayList<>();
            boolean refused = false;
            for (PartyId holder : w.holders()) {
                if (state.askedConsent(holder, w.recipient())) {
                    asked.add(holder);
                    continue;
                }
                Action question = Action.SendMessage.askConsent(holder, w.recipient());
                Verdict verdict = Guards.check(question, file, now);
                if (verdict instanceof Verdict.Refused) {
                    refused = true;
                    break;
                }
                questions.add(ImmutableSuggestion.builder().action(question).priority(w.proposal().priority())
                        .reason(reason(w)).rule(w.proposal().source().rule()).citation(Guard.CONSENT.citation())
                        .deadline(w.proposal().deadline()).addAllFlags(((Verdict.Allowed) verdict).flags())
                        .addWaitingRules(w.proposal().source().rule()).build());
            }
            if (refused) {
                defect.accept(w.proposal(), w.refused());
                continue;
            }
            questions.forEach(q -> byAction.merge(q.action(), q, ConsentWaits::merge));
            WaitingForConsent entry = ImmutableWaitingForConsent.builder().action(w.proposal().action())
                    .recipient(w.recipient()).rule(w.proposal().source().rule())
                    .reason(w.proposal().source().why()).citation(w.proposal().source().citation())
                    .priority(w.proposal().priority()).addAllHolders(w.holders()).addAllAsked(asked)
                    .deadline(w.proposal().deadline()).build();
            waiting.merge(entry.action(), entry, (a, b) -> first(a.priority().compareTo(b.priority()),
                    a.rule().compareTo(b.rule())) <= 0 ? a : b);
        }
        List<WaitingForConsent> entries = new ArrayList<>(waiting.values());
        entries.sort(Comparator.comparing(WaitingForConsent::rule).thenComparing(e -> e.action().summary()));
        return entries;
    }

    /**
     * Whether a holder answered no: the last consent they recorded for the class after the latest question to them
     * about it (or about everything) is a revocation.
     */
    private boolean declined(PartyId holder, RecipientClass recipient) {
        long askedAt = -1;
        for (MessageSent message : file.state().messages()) {
            if (message.to().equals(holder) && message.intent() == MessageIntent.ASK_CONSENT_TO_SHARE
                    && message.about().map(recipient::equals).orElse(true)) {
                askedAt = Math.max(askedAt, message.sequence());
            }
        }
        if (askedAt < 0) {
            return false;
        }
        boolean no = false;
        for (CaseEvent event : file.events()) {
            if (event instanceof ActionRecorded recorded && recorded.sequence() > askedAt) {
                if (recorded.action() instanceof Action.RevokeConsent revoke && revoke.grantor().equals(holder)
                        && revoke.recipient() == recipient) {
                    no = true;
                } else if (recorded.action() instanceof Action.RecordConsent grant
                        && grant.grant().grantor().equals(holder) && grant.grant().recipient() == recipient) {
                    no = false;
                }
            }
        }
        return no;
    }

    private static String reason(Waiting w) {
        return "Ask whether " + words(w.recipient()) + " may hear what " + w.proposal().action().typeName()
                + " would tell them: it needs this person's consent, which is not in force, and it waits for their "
                + "answer. Ask without pressing, and record the answer (record_consent, or revoke_consent for a no). "
                + "Why the action: " + w.proposal().source().why();
    }

    private static String words(RecipientClass recipient) {
        return switch (recipient) {
            case CO_ORGANIZERS -> "organizers outside the response team";
            case GLOBAL_ORGANIZATION -> "the global organization";
            case VENUE_SECURITY -> "venue security and the venue's staff";
            case LAW_ENFORCEMENT -> "the police";
            case EMERGENCY_SERVICES -> "emergency services";
            case ACCUSED -> "the accused";
            case ACCUSED_EMPLOYER -> "the accused's employer";
            case PROFESSIONAL_BODY -> "the accused's professional body";
            case EDUCATIONAL_INSTITUTION -> "the accused's educational institution";
            case INTERNET_PROVIDER -> "the internet provider";
            case COMMUNITY -> "the community";
        };
    }

    /**
     * Keeps the more urgent of two questions; on a tie a rule's own question, then the rule that comes first by
     * name, so that the order in which rules fired does not matter. The rules they serve add up.
     */
    private static Suggestion merge(Suggestion a, Suggestion b) {
        int order = first(a.priority().compareTo(b.priority()),
                Boolean.compare(!a.waitingRules().isEmpty(), !b.waitingRules().isEmpty()),
                a.rule().compareTo(b.rule()));
        Suggestion kept = order <= 0 ? a : b;
        Set<String> rules = new TreeSet<>(a.waitingRules());
        rules.addAll(b.waitingRules());
        return ImmutableSuggestion.copyOf(kept).withWaitingRules(rules);
    }

    private static int first(int... orders) {
        for (int order : orders) {
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
