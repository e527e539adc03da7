package org.cocworkflow.bench.coldstart;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.bench.TypicalCase;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.edition.EditionSettings;
import org.cocworkflow.rules.Advice;
import org.cocworkflow.rules.AdviceContext;
import org.cocworkflow.rules.Advisor;
import org.cocworkflow.rules.AdvisorOptions;
import org.cocworkflow.rules.Suggestion;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.edition.ImmutableEdition;
import org.cocworkflow.rules.edition.RuleFile;

/**
 * The program whose whole life the cold-start benchmark times: read the shipped edition, create an advisor, open
 * {@link TypicalCase}, advise once, print the advice, exit. Its floor is {@link Hello}, a JVM that prints one line.
 *
 * <p>It also prints to standard error the time of each phase of {@code main}, in microseconds, so that the driver
 * can tell the JVM's own start and exit from the library's work, and the process's CPU time so far (every thread,
 * compilers and collector too). At the end of each phase it loads an empty marker class, so that a class-load log
 * shows which classes each phase needed.
 *
 * <p>With {@code --compile-drl} the shipped DRL is compiled at run time instead of loading the model generated at
 * build time. With {@code --edition-without-json} the shipped edition is put together here without reading its
 * {@code edition.json} (which coc-rules reads with Jackson): an experiment that measures what that reading costs.
 */
public final class FirstAdvice {
    private static final List<String> SHIPPED_FILES = List.of("triage.drl", "safety.drl", "interim.drl",
            "procedure.drl", "sanctions.drl", "escalation.drl", "communication.drl", "deadlines.drl", "records.drl",
            "screening.drl", "preparation.drl", "evaluation.drl", "outcomes.drl");

    private FirstAdvice() {
    }

    /**
     * Advises once and exits.
     *
     * @param args {@code --compile-drl} to compile the DRL at run time, {@code --edition-without-json} to put the
     *     shipped edition together without Jackson
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        Edition shipped = List.of(args).contains("--edition-without-json") ? shippedWithoutJson() : Editions.shipped();
        if (List.of(args).contains("--compile-drl")) {
            shipped = ImmutableEdition.copyOf(shipped).withShippedRules(false);
        }
        long read = System.nanoTime();
        EditionRead.mark();
        try (Advisor advisor = Advisor.create(AdvisorOptions.builder().addEditions(shipped).build())) {
            long created = System.nanoTime();
            AdvisorCreated.mark();
            CaseFile file = TypicalCase.file();
            long opened = System.nanoTime();
            CaseOpened.mark();
            Advice advice = advisor.advise(file, AdviceContext.at(TypicalCase.now()));
            long advised = System.nanoTime();
            Advised.mark();
            StringBuilder text = new StringBuilder("advice for ").append(advice.caseId()).append(" under ")
                    .append(advice.edition()).append('\n');
            for (Suggestion suggestion : advice.suggestions()) {
                text.append(suggestion.priority()).append(": ").append(suggestion.action().summary()).append(" [")
                        .append(suggestion.rule()).append("]\n");
            }
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            out.print(text);
            out.flush();
            long printed = System.nanoTime();
            Printed.mark();
            Optional<Duration> cpu = ProcessHandle.current().info().totalCpuDuration();
            System.err.println(new StringBuilder("phases-us edition=").append((read - start) / 1000)
                    .append(" advisor=").append((created - read) / 1000).append(" case=")
                    .append((opened - created) / 1000).append(" advise=").append((advised - opened) / 1000)
                    .append(" print=").append((printed - advised) / 1000).append(" cpu=")
                    .append(cpu.isPresent() ? cpu.get().toNanos() / 1000 : 0));
        }
    }

    /**
     * Puts the shipped edition together as {@link Editions#shipped()} does, less its description, but from the
     * settings' defaults (which the shipped {@code edition.json} repeats) instead of reading the manifest.
     *
     * @return the edition
     */
    static Edition shippedWithoutJson() {
        List<RuleFile> files = new ArrayList<>();
        for (String name : SHIPPED_FILES) {
            try (InputStream in = Editions.class.getResourceAsStream("/org/cocworkflow/rules/shipped/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the shipped rule file " + name + " is missing");
                }
                files.add(RuleFile.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ImmutableEdition.builder().id(Editions.SHIPPED).effectiveFrom(Instant.parse("2026-01-01T00:00:00Z"))
                .settings(EditionSettings.defaults()).addAllFiles(files).shippedRules(true).build();
    }

    /**
     * Names the phase that begins after a marker class.
     *
     * @param marker the simple name of a class nested in this one
     * @return the phase, or empty if the class is no marker
     */
    static Optional<String> phaseAfter(String marker) {
        return Optional.ofNullable(switch (marker) {
            case "EditionRead" -> "advisor";
            case "AdvisorCreated" -> "case";
            case "CaseOpened" -> "advise";
            case "Advised" -> "print";
            case "Printed" -> "exit";
            default -> null;
        });
    }

    private static final class EditionRead {
        static void mark() {
        }
    }

    private static final class AdvisorCreated {
        static void mark() {
        }
    }

    private static final class CaseOpened {
        static void mark() {
        }
    }

    private static final class Advised {
        static void mark() {
        }
    }

    private static final class Printed {
        static void mark() {
        }
    }
}
