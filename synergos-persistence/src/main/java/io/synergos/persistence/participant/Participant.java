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

    /** Base URL of the Worker's application, e.g. {@code http://10.0.0.5:8080/synergos}. */
    @NotBlank
    @Size(max = 500)
    @Pattern(regexp = "https?://[^\\s/]+(/[^\\s]*)?", message = "must be an http(s) URL such as http://host:8080/synergos")
    @Column(nullable = false, length = 500)
    private String baseUrl;

    /**
     * The Worker's control key: the TTP presents it on every call to the Worker's control API. It is never
     * returned by the API. The column is nullable only so that the schema update can add it to databases
     * created before it existed; such participants need a key before they can take part in a run.
     */
    @NotBlank
    @Size(min = 32, max = 200, message = "must be the Worker's control key, 32 to 200 characters")
    @Column(length = 200)
    private String accessKey;

    /**
     * The realm account (a user with the role {@code participant}) that operates this participant for its
     * organisation, besides the participant's own sign-in with its control key; null when there is none.
     */
    @Size(max = 100)
    @Column(length = 100)
    private String operator;

    protected Participant() {
    }

    public Participant(String name, String baseUrl, String accessKey) {
        this.name = name;
        this.baseUrl = baseUrl;
        this.accessKey = accessKey;
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

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }
}
