package io.synergos.web;

import io.synergos.websocket.worker.GridWorkerEndpoint;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;

/**
 * Publishes the Worker's grid endpoint ({@code /grid/{runId}}) in this web module, and its virtual Workers'
 * ({@code /virtual/{worker}/grid/{runId}}), which refuses every handshake on a node that hosts none.
 */
@WebListener
public class GridEndpointRegistration implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServerContainer container = (ServerContainer) event.getServletContext()
                .getAttribute(ServerContainer.class.getName());
        try {
            container.addEndpoint(GridWorkerEndpoint.config());
            container.addEndpoint(GridWorkerEndpoint.virtualConfig());
        } catch (DeploymentException e) {
            throw new IllegalStateException("cannot publish the grid endpoint", e);
        }
    }
}
