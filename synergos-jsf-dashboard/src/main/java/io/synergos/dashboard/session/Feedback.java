package io.synergos.dashboard.session;

import io.synergos.node.ConflictException;
import io.synergos.node.InvalidInputException;
import io.synergos.node.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one administrative action for a page and turns what can go wrong into messages the user can act on:
 * an invalid field beside that field, a conflict or a refusal at the top of the page, anything unexpected as
 * one line (the stack trace goes to the server log, never to the page).
 */
public final class Feedback {

    private static final Logger LOG = Logger.getLogger(Feedback.class.getName());

    private Feedback() {
    }

    /**
     * The action's result, or null after adding the messages. {@code fields} maps the service's field names
     * to the ids of the form's inputs (relative to the form), so an error lands beside its input.
     */
    public static <T> T attempt(Supplier<T> action, String formId, Map<String, String> fields) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            // the container wraps what an EJB throws unless it is an application exception: report the cause
            boolean wrapped = e instanceof EJBException && !(e instanceof EJBAccessException) && e.getCause() != null;
            report(wrapped ? e.getCause() : e, formId, fields);
            return null;
        }
    }

    private static void report(Throwable e, String formId, Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof InvalidInputException invalid) {
            String input = invalid.field() == null ? null : fields.get(invalid.field());
            String clientId = input == null ? null : clientId(faces, formId, input);
            // beside its input the field's name is redundant: "learningRate must be positive" -> "must be positive"
            String text = clientId == null ? e.getMessage()
                    : e.getMessage().substring(invalid.field().length()).trim();
            faces.addMessage(clientId, error(text));
        } else if (e instanceof ConflictException || e instanceof NotFoundException) {
            String input = fields.get("name");
            boolean aboutName = input != null && e.getMessage().contains("already has");
            faces.addMessage(aboutName ? clientId(faces, formId, input) : null, error(e.getMessage()));
        } else if (e instanceof EJBAccessException) {
            faces.addMessage(null, error("Refused: only a user with the admin role may do this; you are signed in as "
                    + faces.getExternalContext().getRemoteUser() + "."));
        } else {
            LOG.log(Level.WARNING, "dashboard action failed", e);
            faces.addMessage(null, error("The server could not do this: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + ". Details are in the server log."));
        }
    }

    public static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    private static String clientId(FacesContext faces, String formId, String input) {
        UIComponent component = faces.getViewRoot().findComponent(formId + ":" + input);
        return component == null ? null : component.getClientId(faces);
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }
}
