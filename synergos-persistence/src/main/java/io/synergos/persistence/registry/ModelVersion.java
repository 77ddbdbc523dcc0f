package io.synergos.persistence.registry;

import io.synergos.persistence.project.Project;
import io.synergos.persistence.run.Run;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained global model registered in its project's model registry: version number (1, 2, ... per project),
 * stage, lineage and the artefact itself (the {@code synergos-model} JSON, kept in the database so that every
 * TTP sharing it can serve or restore it).
 */
@Entity
@Table(name = "syn_model_version", uniqueConstraints = @UniqueConstraint(columnNames = {"project_id", "number"}))
public class ModelVersion {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    private Project project;

    @ManyToOne(optional = false)
    private Run run;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(20)")
    private Stage stage = Stage.NONE;

    private Instant createdAt = Instant.now();

    /** SHA-256 of the artefact bytes (UTF-8 JSON), hex. */
    @Column(nullable = false, length = 64)
    private String checksum;

    /**
     * What the version came from, frozen at registration as JSON: experiment, model type, hyperparameters,
     * participants and their data tags, final training loss.
     */
    @Column(columnDefinition = "TEXT")
    private String lineage;

    /** The run's overall evaluation metrics (JSON), filled in when the run is evaluated. */
    @Column(columnDefinition = "TEXT")
    private String metrics;

    @Column(columnDefinition = "TEXT", nullable = false)
    private String artefact;

    @OneToMany(mappedBy = "modelVersion", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<StageTransition> transitions = new ArrayList<>();

    protected ModelVersion() {
    }

    public ModelVersion(Project project, Run run, int number, String checksum, String lineage, String artefact) {
        this.project = project;
        this.run = run;
        this.number = number;
        this.checksum = checksum;
        this.lineage = lineage;
        this.artefact = artefact;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Run getRun() {
        return run;
    }

    public int getNumber() {
        return number;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getChecksum() {
        return checksum;
    }

    public String getLineage() {
        return lineage;
    }

    public String getMetrics() {
        return metrics;
    }

    public void setMetrics(String metrics) {
        this.metrics = metrics;
    }

    public String getArtefact() {
        return artefact;
    }

    public List<StageTransition> getTransitions() {
        return transitions;
    }
}
