package org.cocworkflow.rules.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets Drools' runtime ready on a second thread, once per JVM, while the calling thread loads the shipped rules'
 * model: an empty KieBase is built and a session over it inserts one fact and fires, so that the classes which
 * build a KieBase and run a session are loaded beside the model's instead of after it. This brings the first advice
 * of a fresh JVM forward (docs/performance.md, "First advice in a fresh JVM"). Nothing built here is kept, and a
 * failure costs only the head start.
 */
final class RuntimeWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(RuntimeWarmUp.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private RuntimeWarmUp() {
    }

    /** Starts the warm-up unless it has started before in this JVM. */
    static void start() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(RuntimeWarmUp::run, "coc-rules-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void run() {
        try {
            KieSession session = KieBaseBuilder.createKieBaseFromModel(List.of()).newKieSession();
            try {
                session.insert(Instant.EPOCH);
                session.fireAllRules();
            } finally {
                session.dispose();
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("warming up the rule engine failed; the first advice only starts later", e);
        }
    }
}
