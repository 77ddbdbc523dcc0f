package io.synergos.dashboard.session;

import io.synergos.node.tls.NodeTls;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The sign-in session's cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it) and,
 * when the node serves TLS, Secure (never sent in clear). Set here rather than in web.xml because Secure follows the
 * node's TLS, which an operator may have switched off.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    NodeTls tls;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(tls.enabled());
        cookie.setAttribute("SameSite", "Strict");
    }
}
