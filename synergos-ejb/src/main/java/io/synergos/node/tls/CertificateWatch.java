package io.synergos.node.tls;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Says in the log, at every start and every day, how this node's TLS stands: off (a warning, every time), or the
 * certificate it presents and a warning before it expires.
 */
@Singleton
@Startup
public class CertificateWatch {

    private static final Logger LOG = Logger.getLogger(CertificateWatch.class.getName());

    @Inject
    NodeTls tls;

    @PostConstruct
    void atStart() {
        if (!tls.enabled()) {
            LOG.warning("TLS is OFF on this node (standalone-plaintext.xml): it serves plain HTTP, so passwords, keys "
                    + "and model parameters cross the network in clear. Switch it off only on a network that only "
                    + "operators reach.");
            return;
        }
        tls.certificate().ifPresentOrElse(certificate -> LOG.info("TLS on: this node presents "
                        + certificate.getSubjectX500Principal().getName() + ", issued by "
                        + certificate.getIssuerX500Principal().getName() + ", valid until "
                        + certificate.getNotAfter().toInstant()),
                () -> LOG.warning("TLS on, but this node's certificate (configuration/tls/node.pem) is missing"));
        check();
    }

    @Schedule(hour = "4", minute = "0", persistent = false)
    void check() {
        tls.expiryWarning(Instant.now()).ifPresent(LOG::warning);
    }
}
