package io.synergos.persistence.run;

import io.synergos.persistence.contribution.Contribution;
import io.synergos.persistence.project.Experiment;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One set of hyperparameters of an experiment, and what became of training and evaluating it. */
@Entity
@Table(name = "syn_run", uniqueConstraints = @UniqueConstraint(columnNames = {"experiment_id", "name"}))
public class Run {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    private Experiment experiment;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name;

    @Valid
    @NotNull
    @Embedded
    private Hyperparameters hyperparameters = new Hyperparameters();

    /** A plain varchar, never a database enum type (on PostgreSQL Hibernate still adds a check constraint of the values). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(20)")
    private RunStatus status = RunStatus.CREATED;

    @Column(length = 4000)
    private String statusReason;

    /** The TTP that runs (or last ran) the run's grid; it resumes the run when it restarts. */
    @Column(length = 100)
    private String node;

    private Instant createdAt = Instant.now();
    private Instant startedAt;
    private Instant finishedAt;
    private int completedRounds;

    /** The feature alignment used for training, as JSON; evaluation, prediction and serving reuse it. */
    @Column(columnDefinition = "TEXT")
    private String alignment;

    /**
     * The exact data the training used, as JSON: per participant and dataset its tag, the content version its
     * Worker read, the catalog entry and version when it is catalogued, and whether they differed.
     */
    @Column(columnDefinition = "TEXT")
    private String datasetVersions;

    /** Set when a catalog entry this run trained on was withdrawn by force while still registered. */
    @Column(length = 2000)
    private String catalogWarning;

    /**
     * What in the participants' data trains but probably should not (an identifier column), one warning a line;
     * null when none.
     */
    @Column(columnDefinition = "TEXT")
    private String dataWarnings;

    /** Where the TTP exported the final global model. */
    @Column(length = 1000)
    private String modelPath;

    /** The registered model version training starts from, instead of random parameters; null for none. */
    private Long initialModelVersionId;

    @Valid
    @Embedded
    private ContributionSettings contribution = new ContributionSettings();

    /**
     * For a coalition run of a contribution computation (exact, leave-one-out): the computation, and the
     * participants the run trains on (comma-separated). Such a run trains in the feature space of the run valued,
     * keeps its model here rather than in the registry, and is listed only with its computation.
     */
    @ManyToOne
    private Contribution coalitionOf;

    @Column(length = 2000)
    private String coalition;

    /** A coalition run's trained model (a {@code synergos-model} JSON); other runs register theirs. */
    @Column(columnDefinition = "TEXT")
    private String artefact;

    /** How each participant's updates behaved over the rounds (free-rider evidence), as JSON. */
    @Column(columnDefinition = "TEXT")
    private String updateStatistics;

    /** Whether every round's updates were kept (syn_round_updates) for in-training contribution later. */
    private Boolean updatesKept;

    @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("round")
    private List<RoundResult> rounds = new ArrayList<>();

    @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<EvaluationResult> evaluations = new ArrayList<>();

    @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PredictionResult> predictions = new ArrayList<>();

    protected Run() {
    }

    public Run(Experiment experiment, String name, Hyperparameters hyperparameters) {
        this.experiment = experiment;
        this.name = name;
        this.hyperparameters = hyperparameters;
    }

    public Long getId() {
        return id;
    }

    public Experiment getExperiment() {
        return experiment;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Hyperparameters getHyperparameters() {
        return hyperparameters;
    }

    public void setHyperparameters(Hyperparameters hyperparameters) {
        this.hyperparameters = hyperparameters;
    }

    public RunStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void moveTo(RunStatus status, String reason) {
        this.status = status;
        this.statusReason = reason;
    }

    public String getNode() {
        return node;
    }

    public void setNode(String node) {
        this.node = node;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(Instant finishedAt) {
        this.finishedAt = finishedAt;
    }

    public int getCompletedRounds() {
        return completedRounds;
    }

    public void setCompletedRounds(int completedRounds) {
        this.completedRounds = completedRounds;
    }

    public String getCatalogWarning() {
        return catalogWarning;
    }

    public void setCatalogWarning(String catalogWarning) {
        this.catalogWarning = catalogWarning;
    }

    /** The data warnings of the last training, one a line; empty when none. */
    public java.util.List<String> getDataWarnings() {
        return dataWarnings == null || dataWarnings.isEmpty() ? java.util.List.of()
                : java.util.List.of(dataWarnings.split("\n"));
    }

    public void setDataWarnings(java.util.List<String> warnings) {
        this.dataWarnings = warnings.isEmpty() ? null : String.join("\n", warnings);
    }

    public String getDatasetVersions() {
        return datasetVersions;
    }

    public void setDatasetVersions(String datasetVersions) {
        this.datasetVersions = datasetVersions;
    }

    public String getAlignment() {
        return alignment;
    }

    public void setAlignment(String alignment) {
        this.alignment = alignment;
    }

    public String getModelPath() {
        return modelPath;
    }

    public void setModelPath(String modelPath) {
        this.modelPath = modelPath;
    }

    public List<RoundResult> getRounds() {
        return rounds;
    }

    public List<EvaluationResult> getEvaluations() {
        return evaluations;
    }

    public List<PredictionResult> getPredictions() {
        return predictions;
    }

    public Long getInitialModelVersionId() {
        return initialModelVersionId;
    }

    public void setInitialModelVersionId(Long initialModelVersionId) {
        this.initialModelVersionId = initialModelVersionId;
    }

    public ContributionSettings getContribution() {
        if (contribution == null) {
            contribution = new ContributionSettings();
        }
        return contribution;
    }

    public void setContribution(ContributionSettings contribution) {
        this.contribution = contribution;
    }

    public Contribution getCoalitionOf() {
        return coalitionOf;
    }

    public String getCoalition() {
        return coalition;
    }

    /** Makes this a coalition run of {@code contribution}, training on {@code participants} only. */
    public void makeCoalition(Contribution contribution, java.util.List<String> participants, String alignment) {
        this.coalitionOf = contribution;
        this.coalition = String.join(",", participants);
        this.alignment = alignment;
    }

    public boolean isCoalition() {
        return coalitionOf != null;
    }

    public String getArtefact() {
        return artefact;
    }

    public void setArtefact(String artefact) {
        this.artefact = artefact;
    }

    public String getUpdateStatistics() {
        return updateStatistics;
    }

    public void setUpdateStatistics(String updateStatistics) {
        this.updateStatistics = updateStatistics;
    }

    public boolean isUpdatesKept() {
        return Boolean.TRUE.equals(updatesKept);
    }

    public void setUpdatesKept(boolean updatesKept) {
        this.updatesKept = updatesKept;
    }

}
