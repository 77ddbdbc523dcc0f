package io.synergos.web.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void theBindersMessageIsToldInJsonTermsWithoutJavaClassNames() {
        assertEquals("Incorrect position for processing type: ProjectRequest. Received event: START_ARRAY",
                ProblemMappers.inClientTerms("Incorrect position for processing type: class "
                        + "io.synergos.web.registry.RegistryDtos$ProjectRequest. Received event: START_ARRAY"));
        assertEquals("Unable to deserialize property 'rounds' because of: cannot convert to integer",
                ProblemMappers.inClientTerms("Unable to deserialize property 'rounds' because of: cannot convert to "
                        + "java.lang.Integer"));
    }

    /** The binder echoes a refused value, here 100,000 letters: found by the REST fuzz test as a request that hung. */
    @Test
    void aHugeEchoedValueIsCutAndCostsNoBacktracking() {
        String message = "No enum constant io.synergos.persistence.project.ModelType." + "x".repeat(100_000);
        String told = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> ProblemMappers.inClientTerms(message));
        assertTrue(told.length() < 400 && told.endsWith("..."), told);
        assertTrue(told.startsWith("No enum constant ModelType.xxx") || told.startsWith("No enum constant "), told);
    }
}
