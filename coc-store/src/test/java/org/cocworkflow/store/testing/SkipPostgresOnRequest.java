package org.cocworkflow.store.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Disables the PostgreSQL runs of an {@link OnDatabase} test class when {@code -Dcoc.store.postgres=skip} asks for
 * it, so that each shows as a skipped test with the reason while the H2 runs go ahead. A disabled test runs none of
 * its {@code @BeforeEach} or {@code @AfterEach} methods, so nothing is half set up.
 */
public final class SkipPostgresOnRequest implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!PostgresServer.skipRequested()) {
            return ConditionEvaluationResult.enabled("PostgreSQL tests are not skipped");
        }
        // A test method's instance exists when its condition is evaluated, with its class's parameter set.
        if (context.getTestInstance().orElse(null) instanceof OnDatabase test
                && test.database().equals("postgresql")) {
            return ConditionEvaluationResult.disabled(PostgresServer.SKIPPED);
        }
        return ConditionEvaluationResult.enabled("not a PostgreSQL run");
    }
}
