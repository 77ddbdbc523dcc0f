package io.synergos.persistence.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * A TTP is ready while its job queue's broker can be reached: a shared remote broker (synergos.broker.host) by a TCP
 * connection within 2 s (a JMS connection would wait out the client's reconnect attempts), the in-server broker by a
 * JMS context. A Worker uses no broker.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @Resource
    ConnectionFactory connections;

    @Override
    public HealthCheckResponse call() {
        if (!Checks.ttp()) {
            return HealthCheckResponse.named("broker").up().withData("broker", "none (a Worker)").build();
        }
        String host = System.getProperty("synergos.broker.host");
        if (host != null) {
            int port = Integer.getInteger("synergos.broker.port", 61616);
            return HealthCheckResponse.named("broker").status(Checks.reachable(host, port))
                    .withData("broker", host + ":" + port).build();
        }
        try (JMSContext context = connections.createContext()) {
            context.createQueue("SynergosJobs");
            return HealthCheckResponse.named("broker").up().withData("broker", "in-server").build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("broker").down().withData("broker", "in-server")
                    .withData("error", Checks.message(e)).build();
        }
    }
}
