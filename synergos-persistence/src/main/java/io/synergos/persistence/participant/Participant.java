package io.synergos.persistence.participant;

import io.synergos.persistence.Names;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organisation's Worker node, with the connection info the TTP uses to reach it. */
@Entity
@Table(name = "syn_participant")
public class Participant {

    @Id
    @GeneratedValue
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = Names.PATTERN, message = "must be letters, digits, '.', '_' or '-'")
    @Column(nullable = false, unique = true, length = 100)
    private String name;

    /** Base URL of the Worker's application, e.g. {@code https://10.0.0.5:8443/synergos}. */
    @NotBlank
    @Size(max = 500)
    @Pattern(regexp = "https?://[^\\s/]+(/[^\\s]*)?", message = "must be an http(s) URL such as http://host:8080/synergos")
    @Column(nullable = false, length = 500)
    private String baseUrl;

    /**
     * The Worker's control key, which the TTP presents on every call to the Worker's control API, sealed with the
     * TTP's sealing key (io.synergos.access.ControlKeys): the database alone reveals no key. Never returned by the API.
     * Null for a participant without a key; it needs one before it can take part in a run.
     */
    @Column(length = 400)
    private String sealedControlKey;

    /** A salted SHA-256 digest of the control key (base64), which the participants' sign-in realm checks. */
    @Column(length = 64)
    private String controlKeyHash;

    @Column(length = 32)
    private String controlKeySalt;

    /**
     * The clear control key of a database made before keys were sealed: read once at start, sealed, then emptied
     * (io.synergos.access.ControlKeyMigration). Nothing writes it.
     */
    @Column(name = "accessKey", length = 200)
    private String legacyAccessKey;

    /**
     * The realm account (a user with the role {@code participant}) that operates this participant for its
     * organisation, besides the participant's own sign-in with its control key; null when there is none.
     */
    @Size(max = 100)
    @Column(length = 100)
    private String operator;

    protected Participant() {
    }

    public Participant(String name, String baseUrl) {
        this.name = name;
        this.baseUrl = baseUrl;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getSealedControlKey() {
        return sealedControlKey;
    }

    public boolean hasControlKey() {
        return sealedControlKey != null;
    }

    /** Sets the sealed key and its digest together (io.synergos.access.ControlKeys makes them). */
    public void setControlKey(String sealed, String hash, String salt) {
        this.sealedControlKey = sealed;
        this.controlKeyHash = hash;
        this.controlKeySalt = salt;
        this.legacyAccessKey = null;
    }

    public String getLegacyAccessKey() {
        return legacyAccessKey;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }
}
