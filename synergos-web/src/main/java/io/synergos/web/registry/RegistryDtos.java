package io.synergos.web.registry;

import io.synergos.persistence.Names;
import io.synergos.persistence.participant.DataTag;
import io.synergos.persistence.participant.Participant;
import io.synergos.persistence.participant.Registration;
import io.synergos.persistence.project.Experiment;
import io.synergos.persistence.project.ModelType;
import io.synergos.persistence.project.Project;
import io.synergos.persistence.run.ContributionSettings;
import io.synergos.persistence.run.Hyperparameters;
import io.synergos.persistence.run.Run;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the registration API; entities never travel as JSON. */
public final class RegistryDtos {

    private RegistryDtos() {
    }

    /**
     * @param contributionMetric what contributions are valued by: accuracy, f1, roc_auc, neg_log_loss, r2 or neg_mse;
     *                           null: neg_log_loss for classification, r2 for regression
     */
    public record ProjectRequest(@NotBlank @Size(max = 100) @Pattern(regexp = Names.PATTERN, message = Names.MESSAGE) String name,
                                 @Size(max = 2000) String description,
                                 @Pattern(regexp = "accuracy|f1|roc_auc|neg_log_loss|r2|neg_mse",
                                         message = "must be one of accuracy, f1, roc_auc, neg_log_loss, r2, neg_mse")
                                 String contributionMetric,
                                 @Pattern(regexp = "refuse|warn", message = "must be refuse or warn")
                                 String catalogVersionPolicy) {
    }

    /** @param catalogVersionPolicy what a run does when catalogued data changed on disk: refuse (default) or warn */
    public record ProjectView(long id, String name, String description, Instant createdAt, List<Long> experiments,
                              String contributionMetric, String catalogVersionPolicy) {
        static ProjectView of(Project p) {
            return new ProjectView(p.getId(), p.getName(), p.getDescription(), p.getCreatedAt(),
                    p.getExperiments().stream().map(Experiment::getId).toList(), p.getContributionMetric(),
                    p.getCatalogVersionPolicy() == null ? "refuse" : p.getCatalogVersionPolicy());
        }
    }

    public record ExperimentRequest(@NotBlank @Size(max = 100) @Pattern(regexp = Names.PATTERN, message = Names.MESSAGE) String name,
                                    @NotNull ModelType modelType,
                                    @Pattern(regexp = Experiment.HIDDEN_LAYERS, message = Experiment.HIDDEN_LAYERS_MESSAGE) String hiddenLayers,
                                    @Pattern(regexp = Experiment.ACTIVATIONS, message = Experiment.ACTIVATIONS_MESSAGE) String activation) {
    }

    /** {@code runs} leaves out the coalition runs of contribution computations (see their contribution). */
    public record ExperimentView(long id, long projectId, String name, ModelType modelType, String hiddenLayers,
                                 String activation, List<Long> runs) {
        static ExperimentView of(Experiment e) {
            return new ExperimentView(e.getId(), e.getProject().getId(), e.getName(), e.getModelType(),
                    e.getHiddenLayers(), e.getActivation(), e.getRuns().stream().filter(r -> !r.isCoalition())
                    .map(Run::getId).toList());
        }
    }

    /**
     * @param inTraining whether the run values its participants' contributions while it trains
     * @param validators the participants whose evaluate data counts; empty: every one that has some
     */
    public record ContributionSettingsRequest(Boolean inTraining,
                                              List<@Pattern(regexp = Names.PATTERN, message = Names.MESSAGE) String> validators) {
        public ContributionSettings toSettings() {
            ContributionSettings settings = new ContributionSettings();
            settings.setInTraining(Boolean.TRUE.equals(inTraining));
            settings.setValidators(validators == null || validators.isEmpty() ? null : String.join(",", validators));
            return settings;
        }

        static ContributionSettingsRequest of(ContributionSettings s) {
            return new ContributionSettingsRequest(s.isInTraining(), s.getValidators() == null ? List.of()
                    : List.of(s.getValidators().split(",")));
        }
    }

    public record RunRequest(@NotBlank @Size(max = 100) @Pattern(regexp = Names.PATTERN, message = Names.MESSAGE) String name,
                             @Valid Hyperparameters hyperparameters, @Valid ContributionSettingsRequest contribution) {
        public Hyperparameters hyperparametersOrDefault() {
            return hyperparameters == null ? new Hyperparameters() : hyperparameters;
        }

        public ContributionSettings contributionOrDefault() {
            return contribution == null ? new ContributionSettings() : contribution.toSettings();
        }
    }

    /** {@code coalitionOf}: for a coalition run of a contribution computation, that computation's id. */
    public record RunView(long id, long experimentId, String name, Hyperparameters hyperparameters, String status,
                          String statusReason, Instant createdAt, Instant startedAt, Instant finishedAt,
                          int completedRounds, boolean modelAvailable, ContributionSettingsRequest contribution,
                          Long coalitionOf, String coalition, boolean updatesKept,
                          List<io.synergos.metadata.DatasetVersions.Use> datasets, String catalogWarning,
                          List<String> dataWarnings) {
        public static RunView of(Run r) {
            return new RunView(r.getId(), r.getExperiment().getId(), r.getName(), r.getHyperparameters(),
                    r.getStatus().name(), r.getStatusReason(), r.getCreatedAt(), r.getStartedAt(), r.getFinishedAt(),
                    r.getCompletedRounds(), r.getModelPath() != null || r.getArtefact() != null,
                    ContributionSettingsRequest.of(r.getContribution()),
                    r.isCoalition() ? r.getCoalitionOf().getId() : null, r.getCoalition(), r.isUpdatesKept(),
                    io.synergos.metadata.DatasetVersions.read(r.getDatasetVersions()),
                    r.getCatalogWarning(), r.getDataWarnings());
        }
    }

    /**
     * {@code accessKey}: the Worker's control key; required on creation, null on update keeps the key.
     * {@code operator}: the realm account (role {@code participant}) that operates this participant; only an admin
     * sets it; null keeps it, "" removes it.
     */
    public record ParticipantRequest(@NotBlank @Size(max = 100) @Pattern(regexp = Names.PATTERN, message = Names.MESSAGE) String name,
                                     @NotBlank @Size(max = 500) @Pattern(regexp = "https?://[^\\s/]+(/[^\\s]*)?",
                                             message = "must be an http(s) URL such as http://host:8080/synergos") String baseUrl,
                                     @Size(min = 32, max = 200, message = "must be the Worker's control key, 32 to 200 characters")
                                     String accessKey,
                                     @Size(max = 100) @Pattern(regexp = "|[A-Za-z0-9._@-]+",
                                             message = "must be an account name: letters, digits, '.', '_', '@' or '-'")
                                     String operator) {
    }

    public record ParticipantView(long id, String name, String baseUrl, String operator) {
        static ParticipantView of(Participant p) {
            return new ParticipantView(p.getId(), p.getName(), p.getBaseUrl(), p.getOperator());
        }
    }

    public record RegistrationRequest(@NotNull Long participantId) {
    }

    public record RegistrationView(long id, long projectId, long participantId, String participant,
                                   Map<String, List<String>> tags) {
        static RegistrationView of(Registration r) {
            return new RegistrationView(r.getId(), r.getProject().getId(), r.getParticipant().getId(),
                    r.getParticipant().getName(), r.datasetsByTagName());
        }
    }

    /** Each dataset is a file name without .csv, or {@code catalog:ID} for one of the participant's catalog entries. */
    public record TagRequest(@NotEmpty List<@NotBlank @Pattern(regexp = Names.PATTERN + "|" + Names.CATALOG_REF,
            message = "must be a dataset name (its file name without .csv) or catalog:ID") String> datasets) {
    }

    static DataTag.Tag tag(String text) {
        try {
            return DataTag.Tag.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tag '" + text + "' is not one of train, evaluate, predict");
        }
    }
}
