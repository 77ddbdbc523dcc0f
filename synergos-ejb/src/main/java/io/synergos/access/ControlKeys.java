package io.synergos.access;

import io.synergos.node.InvalidInputException;
import io.synergos.persistence.participant.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Workers' control keys as the TTP holds them: sealed with the TTP's sealing key (so the database alone reveals
 * none), with a salted digest beside, which the participants' JDBC realm checks a Worker's sign-in against.
 */
@ApplicationScoped
public class ControlKeys {

    @Inject
    ServerSecrets secrets;

    /** Gives {@code participant} the control key {@code key}, sealed and digested. */
    public void assign(Participant participant, String key) {
        if (key == null || key.isBlank() || key.length() < 32 || key.length() > 200) {
            throw new InvalidInputException("accessKey", "must be the Worker's control key, 32 to 200 characters");
        }
        SecretSeal.Digest digest = SecretSeal.digest(key);
        participant.setControlKey(seal().seal(key), digest.hash(), digest.salt());
    }

    /** The participant's control key in clear, to present to its Worker; null when it has none. */
    public String reveal(Participant participant) {
        return participant.getSealedControlKey() == null ? null : seal().open(participant.getSealedControlKey());
    }

    private SecretSeal seal() {
        String key = secrets.get(ServerSecrets.SEALING_KEY).orElseThrow(() -> new IllegalStateException(
                "this TTP has no sealing key (synergos.sealing.key, kept in its credential store by the launcher), "
                        + "so it cannot keep Workers' control keys"));
        return new SecretSeal(key, "control-keys");
    }
}
