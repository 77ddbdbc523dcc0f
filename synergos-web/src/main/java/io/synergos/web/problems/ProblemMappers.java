package io.synergos.web.problems;

import io.synergos.federation.alignment.AlignmentException;
import io.synergos.federation.data.DataFormatException;
import io.synergos.node.ConflictException;
import io.synergos.node.InvalidInputException;
import io.synergos.federation.serving.RecordException;
import io.synergos.node.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception into {@code application/problem+json}. Unexpected failures are logged with an
 * incident id that the response repeats; no stack trace ever reaches a client.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.SecurityContext security;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.Request request;

    @Override
    public Response toResponse(Throwable exception) {
        Throwable e = unwrap(exception);
        if (e instanceof NotFoundException) {
            return Problem.of(Response.Status.NOT_FOUND, "Not found", e.getMessage());
        }
        if (e instanceof ConflictException) {
            return Problem.of(Response.Status.CONFLICT, "Conflict", e.getMessage());
        }
        if (concurrentChange(e)) {
            return Problem.of(Response.Status.CONFLICT, "Conflict", "what this request changes was changed by "
                    + "another request or job at the same moment; read it again and retry");
        }
        if (e instanceof ProcessingException && e.getCause() instanceof JsonbException json) {
            return Problem.of(Response.Status.BAD_REQUEST, "Invalid input", "the request body is not the JSON this "
                    + "resource takes: " + json.getMessage());
        }
        if (e instanceof InvalidInputException invalid && invalid.field() != null) {
            return Problem.of(Response.Status.BAD_REQUEST, "Invalid input", e.getMessage(),
                    Map.of(invalid.field(), e.getMessage().substring(invalid.field().length() + 1)));
        }
        if (e instanceof RecordException record) {
            return Problem.of(Response.Status.BAD_REQUEST, "Invalid input", e.getMessage(),
                    Map.of("records[" + record.record() + "]." + record.field(), e.getMessage()));
        }
        if (e instanceof InvalidInputException || e instanceof DataFormatException || e instanceof AlignmentException
                || e instanceof IllegalArgumentException || e instanceof JsonbException) {
            return Problem.of(Response.Status.BAD_REQUEST, "Invalid input", e.getMessage());
        }
        if (e instanceof ConstraintViolationException violations) {
            return violations(violations);
        }
        if (e instanceof jakarta.ws.rs.ForbiddenException || e instanceof jakarta.ejb.EJBAccessException) {
            return Problem.of(Response.Status.FORBIDDEN, "Forbidden", forbidden());
        }
        if (e instanceof WebApplicationException web) {
            Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
            if (status == null) {
                status = Response.Status.BAD_REQUEST;
            }
            return Problem.of(status, status.getReasonPhrase(), web.getMessage());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Internal error",
                "the server failed unexpectedly; incident " + incident + " is in its log");
    }

    /** Who was refused what, so that an operator sees which role is missing (never what the resource holds). */
    private String forbidden() {
        String who = security == null || security.getUserPrincipal() == null ? "this caller"
                : "'" + security.getUserPrincipal().getName() + "'";
        String what = request == null || uri == null ? "this operation"
                : request.getMethod() + " /" + uri.getPath().replaceFirst("^/", "");
        return who + " has no role that may call " + what + " (the roles: README, \"Security\")";
    }

    /** One entry per violated constraint, named by the field the client sent. */
    static Response violations(ConstraintViolationException violations) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
            fields.put(field(v), v.getMessage());
        }
        String detail = fields.entrySet().stream().map(f -> f.getKey() + " " + f.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("invalid input");
        return Problem.of(Response.Status.BAD_REQUEST, "Invalid input", detail, fields);
    }

    /** A commit that failed because another transaction changed the same row first (optimistic locking). */
    private static boolean concurrentChange(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof OptimisticLockException || c.getClass().getName().startsWith("org.hibernate.Stale")) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** RESTEasy reports paths like {@code create.arg0.name}; the client sent {@code name}. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.replaceFirst("^[^.]+\\.arg\\d+\\.?", "");
    }
}
