package org.cocworkflow.example.modular;

import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.cocworkflow.core.ActionRefusedException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.identity.OrganizationSecret;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.rules.Advice;
import org.cocworkflow.rules.AdviceContext;
import org.cocworkflow.rules.Advisor;
import org.cocworkflow.rules.AdvisorOptions;
import org.cocworkflow.rules.Suggestion;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.store.CaseStore;
import org.cocworkflow.store.Stores;
import org.cocworkflow.store.crypto.DataKey;
import org.cocworkflow.store.crypto.KeyRing;

/**
 * Records and advises one case on the module path and prints what happened as {@code key=value} lines: the modules
 * the library's types came from, the guards refusing and allowing actions in the store, the advice of the shipped
 * edition (its precompiled model), the shipped DRL compiled at run time, and an author's edition compiled at run
 * time, and whether the libraries' internal packages can be reached by reflection. Prints nothing of the case's
 * content.
 */
public final class ModularConsumer {
    private ModularConsumer() {
    }

    /**
     * Runs the consumer.
     *
     * @param args the report document, and a directory to work in
     * @throws Exception if anything fails; the exit code is then not 0
     */
    public static void main(String[] args) throws Exception {
        Path reportFile = Path.of(args[0]);
        Path work = Path.of(args[1]);
        System.out.println("module.core=" + describe(CaseFile.class.getModule()));
        System.out.println("module.rules=" + describe(Advisor.class.getModule()));
        System.out.println("module.store=" + describe(CaseStore.class.getModule()));
        System.out.println("module.drools=" + ModuleLayer.boot().findModule("org.kie.api")
                .map(ModularConsumer::describe).orElse("absent"));

        CocJson json = CocJson.standard();
        Report report = json.readReport(Files.readString(reportFile, StandardCharsets.UTF_8));
        Party handler = Party.builder().id(PartyId.of("handler-ana")).addRoles(CaseRole.RESPONSE_TEAM_MEMBER).build();
        IdentityKeys identity = new IdentityKeys(OrganizationSecret.of(
                "identity secret of the modular consumer".getBytes(StandardCharsets.UTF_8)));
        KeyRing keys = KeyRing.of(DataKey.of("modular-1",
                "data key of the modular consumer".getBytes(StandardCharsets.UTF_8)));
        try (CaseStore store = Stores.embedded(work.resolve("store"), keys, identity);
                Advisor advisor = Advisor.create(AdvisorOptions.builder().history(store.history())
                        .identityKeys(identity).build())) {
            Instant opened = report.receivedAt().plus(Duration.ofMinutes(5));
            CaseFile file = store.create(CaseOpened.builder().at(opened).caseId(CaseId.of("case-modular-1"))
                    .edition(advisor.editionFor(report)).report(report).receivedBy(handler).build());
            file = store.record(file, Action.AssignHandler.of(handler.id()), handler.id(),
                    opened.plus(Duration.ofMinutes(5))).file();
            System.out.println("recorded.events=" + file.events().size());

            PartyId reporter = file.state().parties().stream().filter(p -> p.roles().contains(CaseRole.REPORTER))
                    .map(Party::id).findFirst().orElseThrow();
            try {
                store.record(file, Action.SendMessage.of(reporter, MessageIntent.INVITE_WITHDRAWAL), handler.id(),
                        opened.plus(Duration.ofMinutes(6)));
                System.out.println("refused=none");
            } catch (ActionRefusedException e) {
                System.out.println("refused=" + e.verdict().guard());
            }

            Instant now = opened.plus(Duration.ofMinutes(10));
            Advice advice = advisor.advise(store.load(file.id(), handler.id()).orElseThrow(), AdviceContext.at(now));
            System.out.println("advice.edition=" + advice.edition());
            System.out.println("advice.suggestions=" + advice.suggestions().size());
            System.out.println("advice.defects=" + advice.defects().size());
            Suggestion first = advice.suggestions().get(0);
            System.out.println("advice.first.rule=" + first.rule());
            CaseFile followed = store.record(file, first.action(), handler.id(), now).file();
            System.out.println("followed.events=" + followed.events().size());

            System.out.println("shipped.drl.problems=" + Editions.check(Editions.shipped()).size());

            Path authored = work.resolve("edition");
            Files.createDirectories(authored);
            Files.writeString(authored.resolve("edition.json"), "{\"format\": \"coc-edition/1\", \"id\": "
                    + "\"modular-2020\", \"effectiveFrom\": \"2020-01-01T00:00:00Z\", \"base\": \"none\"}");
            Files.writeString(authored.resolve("acknowledge.drl"), String.join("\n",
                    "package org.cocworkflow.example.authored;",
                    "import org.cocworkflow.core.action.Action;",
                    "import org.cocworkflow.core.action.MessageIntent;",
                    "import org.cocworkflow.core.casefile.CaseState;",
                    "import org.cocworkflow.core.party.CaseRole;",
                    "import org.cocworkflow.core.party.Party;",
                    "import org.cocworkflow.rules.Priority;",
                    "global org.cocworkflow.rules.facts.Suggestions suggest;",
                    "rule \"An author's rule acknowledges the report\"",
                    "    @cite(\"seed 003, Receiving a Complaint\")",
                    "    @why(\"Let the reporter know the report arrived.\")",
                    "when",
                    "    $case : CaseState( closed == false )",
                    "    $reporter : Party( roles contains CaseRole.REPORTER,"
                            + " $case.messaged(id, MessageIntent.ACKNOWLEDGE_REPORT) == false )",
                    "then",
                    "    suggest.add(drools, Action.SendMessage.of($reporter.id(), MessageIntent.ACKNOWLEDGE_REPORT),"
                            + " Priority.HIGH);",
                    "end", ""));
            Edition edition = Editions.fromDirectory(authored);
            try (Advisor authors = Advisor.create(AdvisorOptions.builder().addEditions(edition).build())) {
                CaseFile authoredCase = CaseFile.open(CaseOpened.builder().at(opened)
                        .caseId(CaseId.of("case-modular-2")).edition(authors.editionFor(report)).report(report)
                        .receivedBy(handler).build());
                Advice authoredAdvice = authors.advise(authoredCase, AdviceContext.at(now));
                System.out.println("authored.edition=" + authoredAdvice.edition());
                System.out.println("authored.rules=" + authoredAdvice.suggestions().stream().map(Suggestion::rule)
                        .distinct().toList());
            }
        }
        System.out.println("internal.core=" + reach("org.cocworkflow.core.internal.Require"));
        System.out.println("internal.rules=" + reach("org.cocworkflow.rules.internal.Require"));
        System.out.println("internal.store=" + reach("org.cocworkflow.store.internal.JdbcCaseStore"));
    }

    private static String describe(Module module) {
        return module.isNamed() ? module.getName() + (module.getDescriptor().isAutomatic() ? " (automatic)" : "")
                : "unnamed";
    }

    /**
     * Tries to use a class of a library's internal package by reflection, as code that cannot name it at compile
     * time would: calling its first public static method, then forcing access. The module system must refuse both.
     */
    private static String reach(String className) {
        Method method;
        try {
            Class<?> type = Class.forName(className);
            method = Arrays.stream(type.getMethods())
                    .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == type)
                    .findFirst().orElseThrow();
        } catch (ClassNotFoundException e) {
            return "missing";
        }
        try {
            method.invoke(null, new Object[method.getParameterCount()]);
            return "called";
        } catch (IllegalAccessException e) {
            // refused as it should be; forcing access must fail too
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "called";
        }
        try {
            method.setAccessible(true);
            return "opened";
        } catch (InaccessibleObjectException e) {
            return "refused";
        }
    }
}
