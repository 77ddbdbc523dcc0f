package io.synergos.persistence.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** The application is deployed and answers: live, with the node's role and name. */
@Liveness
@ApplicationScoped
public class NodeLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("synergos").up().withData("role", System.getProperty("synergos.role", "ttp"))
                .withData("node", System.getProperty("synergos.node.name", "node")).build();
    }
}
