package io.synergos.node.tls;

/** A peer whose scheme (http or https) does not match this node's TLS. */
public class TlsMismatchException extends IllegalStateException {

    public TlsMismatchException(String message) {
        super(message);
    }
}
