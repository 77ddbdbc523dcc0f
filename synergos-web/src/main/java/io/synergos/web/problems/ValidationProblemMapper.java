package io.synergos.web.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.api.validation.ResteasyViolationException;

/** RESTEasy's validation failures as problem+json, naming each field, instead of RESTEasy's own report. */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ResteasyViolationException> {

    @Override
    public Response toResponse(ResteasyViolationException exception) {
        if (exception.getException() != null) {
            return new ProblemMappers().toResponse(exception.getException());
        }
        return ProblemMappers.violations(exception);
    }
}
