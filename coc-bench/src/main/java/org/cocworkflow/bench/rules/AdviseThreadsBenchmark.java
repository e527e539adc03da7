package org.cocworkflow.bench.rules;

import java.util.concurrent.TimeUnit;
import org.cocworkflow.bench.TypicalCase;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.rules.Advice;
import org.cocworkflow.rules.AdviceContext;
import org.cocworkflow.rules.Advisor;
import org.cocworkflow.rules.AdvisorOptions;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of one shared {@link Advisor} advising on {@link TypicalCase}: two threads at once against one thread
 * alone. The floor is the one-thread figure; the target is that two threads do at least 1.8 times as many requests
 * per second (on a machine with at least two idle cores: the pool and the shared KieBase should not serialize).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class AdviseThreadsBenchmark {
    private Advisor advisor;
    private CaseFile file;
    private AdviceContext context;

    /** Builds the shared advisor and the case. */
    @Setup
    public void setUp() {
        advisor = Advisor.create(AdvisorOptions.defaults());
        file = TypicalCase.file();
        context = AdviceContext.at(TypicalCase.now());
    }

    /** Releases the sessions. */
    @TearDown
    public void tearDown() {
        advisor.close();
    }

    /** @return the advice, one thread */
    @Benchmark
    @Threads(1)
    public Advice oneThread() {
        return advisor.advise(file, context);
    }

    /** @return the advice, two threads on the same advisor */
    @Benchmark
    @Threads(2)
    public Advice twoThreads() {
        return advisor.advise(file, context);
    }
}
