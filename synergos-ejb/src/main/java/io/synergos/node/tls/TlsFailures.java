package io.synergos.node.tls;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import javax.net.ssl.SSLException;

/** What a failed TLS connection to a peer means for an operator, in words, with the JDK's reason after it. */
public final class TlsFailures {

    private TlsFailures() {
    }

    /** {@code failure}'s meaning when it is a TLS failure, else {@code root}'s message. */
    public static String explain(Throwable failure, Throwable root) {
        String reason = root.getMessage() == null ? root.toString() : root.getMessage();
        if (has(failure, CertificateExpiredException.class) || has(failure, CertificateNotYetValidException.class)) {
            return "TLS refused: the peer's certificate is not valid now (" + reason + ")";
        }
        if (has(failure, CertPathBuilderException.class) || has(failure, CertPathValidatorException.class)) {
            return "TLS refused: the peer's certificate is not issued by this federation's CA (" + reason + ")";
        }
        boolean tls = has(failure, SSLException.class);
        if (reason.contains("No subject alternative") || reason.contains("No name matching")
                || reason.contains("doesn't match any of the subject alternative names")) {
            return "TLS refused: the peer's certificate does not name the host it was reached at (" + reason + ")";
        }
        if (reason.contains("certificate_required") || reason.contains("bad_certificate")
                || reason.contains("certificate_unknown")) {
            return "TLS refused by the peer: it does not accept this node's certificate (" + reason + ")";
        }
        return tls ? "TLS failed (" + reason + ")" : reason;
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
