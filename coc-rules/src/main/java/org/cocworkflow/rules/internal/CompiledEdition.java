package org.cocworkflow.rules.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.RuleFile;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * An edition ready to fire: its KieBase, built once, and a pool of sessions over it. Thread-safe: the KieBase is
 * shared, each request takes its own session from the pool and returns it. An edition compiled file by file keeps
 * each file's packages, so the edition that replaces it after an edit compiles only the files that changed. Closing
 * it while requests hold it (a reload replacing it) releases the sessions when the last of them is done.
 */
public final class CompiledEdition implements AutoCloseable {
    /** The name of the global through which rules make their suggestions. */
    static final String SUGGEST = "suggest";

    private final Edition edition;
    private final KieBase kieBase;
    private final KieSessionsPool pool;
    private final Map<String, RuleIndex.Declared> rules;
    private final boolean precompiled;
    private final Map<RuleFile, List<KiePackage>> packagesByFile;
    private final Set<String> compiledFiles;
    private final boolean suggests;
    /** Requests holding the edition, plus one for the advisor until {@link #close}; the pool goes at zero. */
    private final AtomicInteger holds = new AtomicInteger(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    CompiledEdition(Edition edition, KieBase kieBase, int poolSize, List<RuleIndex.Declared> rules,
            boolean precompiled, Map<RuleFile, List<KiePackage>> packagesByFile, Set<String> compiledFiles) {
        this.edition = edition;
        this.kieBase = kieBase;
        this.pool = kieBase.newKieSessionsPool(poolSize);
        this.rules = Map.copyOf(rules.stream().collect(java.util.stream.Collectors.toMap(
                RuleIndex.Declared::rule, r -> r, (a, b) -> a)));
        this.precompiled = precompiled;
        this.packagesByFile = packagesByFile;
        this.compiledFiles = Set.copyOf(compiledFiles);
        this.suggests = kieBase.getKiePackages().stream().flatMap(p -> p.getGlobalVariables().stream())
                .anyMatch(global -> global.getName().equals(SUGGEST));
    }

    /** @return the edition */
    public Edition edition() {
        return edition;
    }

    /** @return the shared KieBase */
    public KieBase kieBase() {
        return kieBase;
    }

    /** @return a session from the pool; dispose it to return it */
    public KieSession session() {
        return pool.newKieSession();
    }

    /** @return true if the edition declares the {@code suggest} global; a session refuses one it does not */
    public boolean suggests() {
        return suggests;
    }

    /** @return the rules of the edition, by name */
    public Map<String, RuleIndex.Declared> rules() {
        return rules;
    }

    /** @return true if the KieBase was loaded from the model generated at build time */
    public boolean precompiled() {
        return precompiled;
    }

    /** @return each file's compiled packages, for a later edition to reuse; empty unless compiled file by file */
    Map<RuleFile, List<KiePackage>> packagesByFile() {
        return packagesByFile;
    }

    /** @return the paths of the files whose DRL was compiled for this edition, not reused from the one it replaced */
    Set<String> compiledFiles() {
        return compiledFiles;
    }

    /**
     * Holds the edition for one request, so that its sessions stay usable until {@link #release}, even if the
     * edition is closed meanwhile.
     *
     * @return false if the edition is already closed and released
     */
    public boolean hold() {
        while (true) {
            int now = holds.get();
            if (now == 0) {
                return false;
            }
            if (holds.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Ends a request's {@link #hold}; the last one after {@link #close} releases the sessions. */
    public void release() {
        if (holds.decrementAndGet() == 0) {
            pool.shutdown();
        }
    }

    /** Closes the edition: its sessions are released once the requests that hold it are done. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release();
        }
    }
}
