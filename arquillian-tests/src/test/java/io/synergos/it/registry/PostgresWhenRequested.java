package io.synergos.it.registry;

import io.synergos.it.Databases;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL pass of the in-container tests, disables them (before Arquillian starts a server) when no
 * PostgreSQL answers, and says so loudly.
 */
public class PostgresWhenRequested implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"postgresql".equals(System.getProperty("synergos.test.db"))) {
            return ConditionEvaluationResult.enabled("H2 pass");
        }
        if (Databases.postgresReachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL pass");
        }
        System.out.println("*** " + Databases.skipMessage() + " ***");
        return ConditionEvaluationResult.disabled(Databases.skipMessage());
    }
}
