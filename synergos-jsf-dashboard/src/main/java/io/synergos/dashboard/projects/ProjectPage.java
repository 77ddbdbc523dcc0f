package io.synergos.dashboard.projects;

import io.synergos.lifecycle.RunRecord;
import io.synergos.lifecycle.RunTracking;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.participant.Registration;
import io.synergos.persistence.project.Experiment;
import io.synergos.persistence.project.Project;
import io.synergos.metadata.RegistryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** One project: its experiments with their runs, and its participants with their data tags. */
@Named
@RequestScoped
public class ProjectPage {

    @Inject
    RegistryService registry;

    @Inject
    RunTracking tracking;

    private Long id;
    private Project project;
    private List<ExperimentRow> experiments = List.of();
    private List<ParticipantRow> participants = List.of();

    /** An experiment and its runs as tracking records them. */
    public record ExperimentRow(long id, String name, String modelType, String architecture, List<RunRecord> runs) {
    }

    /** A participant of the project and its datasets by tag. */
    public record ParticipantRow(String name, String baseUrl, Map<String, List<String>> datasets) {
    }

    @Transactional
    public void load() {
        if (id == null) {
            return;
        }
        try {
            project = registry.project(id);
        } catch (NotFoundException e) {
            return;
        }
        List<RunRecord> runs = tracking.projectRuns(id);
        experiments = project.getExperiments().stream().map(e -> new ExperimentRow(e.getId(), e.getName(),
                e.getModelType().name(), architecture(e), runs.stream().filter(r -> r.experimentId() == e.getId())
                .toList())).toList();
        participants = project.getRegistrations().stream().map(ProjectPage::participant).toList();
    }

    static String architecture(Experiment e) {
        if (e.getHiddenLayers() == null || e.getHiddenLayers().isBlank()) {
            return "no hidden layer";
        }
        return "hidden layers " + e.getHiddenLayers() + ", " + e.getActivation();
    }

    private static ParticipantRow participant(Registration r) {
        return new ParticipantRow(r.getParticipant().getName(), r.getParticipant().getBaseUrl(),
                r.datasetsByTagName());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Project getProject() {
        return project;
    }

    public List<ExperimentRow> getExperiments() {
        return experiments;
    }

    public List<ParticipantRow> getParticipants() {
        return participants;
    }
}
