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
        if (duplicate(e)) {
            return Problem.of(Response.Status.CONFLICT, "Conflict", "this would make a second object with a name or "
                    + "key that must be unique; choose another");
        }
        if (concurrentChange(e)) {
            return Problem.of(Response.Status.CONFLICT, "Conflict", "what this request changes was changed by "
                    + "another request or job at the same moment; read it again and retry");
        }
        if (e instanceof ProcessingException && e.getCause() instanceof JsonbException json) {
            return Problem.of(Response.Status.BAD_REQUEST, "Invalid input", "the request body is not the JSON this "
                    + "resource takes: " + inClientTerms(json.getMessage()));
        }
        if (e instanceof InvalidInputException invalid && invalid.field() != null) {
            return Problem.of(Response.Status.BAD_REQUEST, "Invalid input", e.getMessage(),
                    Map.of(invalid.field(), e.getMessage().substring(invalid.field().length() + 1)));
        }
        if (e instanceof RecordException record) {
            return Problem.of(Response.Status.BAD_REQUEST, "Invalid input", e.getMessage(),
                    Map.of("records[" + record.record() + "]." + record.field(), e.getMessage()));
        }
        if (e instanceof JsonbException) {
            return Problem.of(Response.Status.BAD_REQUEST, "Invalid input", inClientTerms(e.getMessage()));
        }
        if (e instanceof InvalidInputException || e instanceof DataFormatException || e instanceof AlignmentException
                || e instanceof IllegalArgumentException) {
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

    /** A qualified Java class name; possessive, so that a long word without dots costs one pass, not one per letter. */
    private static final java.util.regex.Pattern JAVA_TYPE = java.util.regex.Pattern.compile(
            "(?:class |interface )?+\\b(?:[a-z_][a-z0-9_]*+\\.)++(?:[A-Z][A-Za-z0-9_]*+\\$)*+([A-Z][A-Za-z0-9_]*+)");
    /** The binder echoes the value it refused; a problem's detail says what, not all of it. */
    private static final int MAX_DETAIL = 300;
    private static final Map<String, String> JSON_TYPES = Map.ofEntries(Map.entry("String", "string"),
            Map.entry("Integer", "integer"), Map.entry("Long", "integer"), Map.entry("Short", "integer"),
            Map.entry("BigInteger", "integer"), Map.entry("Double", "number"), Map.entry("Float", "number"),
            Map.entry("BigDecimal", "number"), Map.entry("Boolean", "boolean"), Map.entry("List", "array"),
            Map.entry("Set", "array"), Map.entry("Collection", "array"), Map.entry("Map", "object"),
            Map.entry("Object", "any value"));

    /**
     * The JSON binder's message about a body, in the client's terms: JSON types and the schema names of the OpenAPI
     * document instead of Java class names, which say nothing to a client and a little too much about the server.
     */
    static String inClientTerms(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        String bounded = message.length() > MAX_DETAIL ? message.substring(0, MAX_DETAIL) + "..." : message;
        java.util.regex.Matcher m = JAVA_TYPE.matcher(bounded);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    JSON_TYPES.getOrDefault(m.group(1), m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
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
    /** A unique constraint the database enforced (SQL state class 23): a race, or a check a service lacks. */
    private static boolean duplicate(Throwable e) {
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

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
