package io.synergos.dashboard.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The signed-in user as the pages see them. {@link #isAdmin()} only decides what a page shows; every change is
 * refused by the server to a caller without the admin role (web.xml for the admin forms, AdminTasks for actions).
 */
@Named("user")
@RequestScoped
public class UserSession {

    @Inject
    HttpServletRequest request;

    public String getName() {
        return request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    }

    public boolean isAdmin() {
        return request.isUserInRole("admin");
    }

    public String getRole() {
        return isAdmin() ? "admin" : request.isUserInRole("viewer") ? "viewer" : "no role";
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        request.logout();
        context.invalidateSession();
        context.redirect(context.getRequestContextPath() + "/");
    }
}
