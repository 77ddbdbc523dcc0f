package io.synergos.dashboard.runs;

import io.synergos.persistence.project.Experiment;
import io.synergos.persistence.project.Project;
import io.synergos.persistence.run.Run;
import io.synergos.ttp.RegistryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** The overview page: every run of every project with its status and progress. */
@Named
@RequestScoped
public class RunsBacking {

    @Inject
    RegistryService registry;

    /** One table row. Faces 4 (EL 5) reads records through their accessor methods: {@code r.project()}. */
    public record RunRow(String project, String experiment, String modelType, long runId, String run, String status,
                         int completedRounds, int rounds, String reason) {
    }

    @Transactional
    public List<RunRow> getRuns() {
        List<RunRow> rows = new ArrayList<>();
        for (Project project : registry.projects()) {
            for (Experiment experiment : project.getExperiments()) {
                for (Run run : experiment.getRuns()) {
                    rows.add(new RunRow(project.getName(), experiment.getName(), experiment.getModelType().name(),
                            run.getId(), run.getName(), run.getStatus().name(), run.getCompletedRounds(),
                            run.getHyperparameters().getRounds(), run.getStatusReason()));
                }
            }
        }
        return rows;
    }
}
