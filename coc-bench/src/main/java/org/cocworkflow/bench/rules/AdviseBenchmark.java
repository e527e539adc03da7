package org.cocworkflow.bench.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cocworkflow.bench.TypicalCase;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.rules.Advice;
import org.cocworkflow.rules.AdviceContext;
import org.cocworkflow.rules.Advisor;
import org.cocworkflow.rules.AdvisorOptions;
import org.cocworkflow.rules.EventPhase;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.facts.EditionInForce;
import org.cocworkflow.rules.facts.Suggestions;
import org.cocworkflow.rules.internal.CaseFacts;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm advice on {@link TypicalCase} under the whole shipped edition, one thread, time per request.
 *
 * <p>{@link #advise} is the library's full path: the case's facts, a pooled session of the shipped KieBase, every
 * proposal through the guards, merging and sorting. {@link #floor} is the least Drools work that could give the
 * same proposals: a session from a pool of the same size over a KieBase loaded from the same build-time model,
 * the same facts (computed once), a fresh {@code suggest} global, {@code fireAllRules}, dispose; no guards, no
 * sorting, no listener. Setup checks that the floor fires exactly the rules the advice names. Target: advise at
 * most 1.2 times the floor.
 *
 * <p>Five forks, because one JVM's Drools runs steadily but the next may settle 15-20 % faster or slower (the
 * floor alone read from 49 to 62 us per fork in one run); with two forks the median was whichever two came up.
 * Both settle within three two-second iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(5)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 4, time = 2)
public class AdviseBenchmark {
    private Advisor advisor;
    private CaseFile file;
    private AdviceContext context;
    private KieSessionsPool pool;
    private List<Object> facts;

    /** Builds the advisor, the case, and the floor's pool and facts; checks both fire the same rules. */
    @Setup
    public void setUp() {
        AdvisorOptions options = AdvisorOptions.defaults();
        advisor = Advisor.create(options);
        file = TypicalCase.file();
        Instant now = TypicalCase.now();
        context = AdviceContext.at(now);
        CaseState state = file.state();
        Optional<String> eventId = state.report().space().eventId();
        EventPhase phase = options.calendar().phase(eventId, now);
        facts = CaseFacts.of(state, now, phase, Editions.shipped().settings(), options.organization(),
                options.history(), options.identityKeys());
        // The facts the advisor adds to the case's: when the report arrived, and the edition in force.
        EventPhase arrivalPhase = options.calendar().window(eventId).isPresent()
                ? options.calendar().phase(eventId, CaseFacts.responseCountsFrom(state)) : phase;
        facts.add(3, CaseFacts.arrival(state, arrivalPhase));
        facts.add(EditionInForce.of(Editions.shipped().id(), Editions.shipped().effectiveFrom()));
        pool = ShippedModel.load().newKieSessionsPool(options.sessionPoolSize());

        Advice advice = advise();
        List<String> fired = new ArrayList<>();
        KieSession session = pool.newKieSession();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        session.setGlobal("suggest", new Suggestions());
        facts.forEach(session::insert);
        session.fireAllRules();
        session.dispose();
        if (advice.suggestions().isEmpty() || !advice.defects().isEmpty()
                || !fired.stream().sorted().toList().equals(advice.rulesFired().stream().sorted().toList())) {
            throw new IllegalStateException("the floor does not fire what the advisor fires: " + fired + " against "
                    + advice.rulesFired() + ", " + advice.suggestions().size() + " suggestions, "
                    + advice.defects().size() + " defects");
        }
    }

    /** Releases the sessions. */
    @TearDown
    public void tearDown() {
        advisor.close();
        pool.shutdown();
    }

    /** @return the advice: facts, engine, guards, sorting */
    @Benchmark
    public Advice advise() {
        return advisor.advise(file, context);
    }

    /** @return the proposals of a bare pooled session over the same facts */
    @Benchmark
    public Suggestions floor() {
        Suggestions suggestions = new Suggestions();
        KieSession session = pool.newKieSession();
        try {
            session.setGlobal("suggest", suggestions);
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return suggestions;
    }
}
