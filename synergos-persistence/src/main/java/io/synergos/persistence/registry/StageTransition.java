package io.synergos.persistence.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit trail of the registry: one stage change of one version, who made it, when and why. */
@Entity
@Table(name = "syn_stage_transition")
public class StageTransition {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private ModelVersion modelVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(20)")
    private Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(20)")
    private Stage toStage;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(nullable = false)
    private Instant at = Instant.now();

    @Column(nullable = false, length = 2000)
    private String reason;

    protected StageTransition() {
    }

    public StageTransition(ModelVersion modelVersion, Stage fromStage, Stage toStage, String actor, String reason) {
        this.modelVersion = modelVersion;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.actor = actor;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public ModelVersion getModelVersion() {
        return modelVersion;
    }

    public Stage getFromStage() {
        return fromStage;
    }

    public Stage getToStage() {
        return toStage;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }
}
