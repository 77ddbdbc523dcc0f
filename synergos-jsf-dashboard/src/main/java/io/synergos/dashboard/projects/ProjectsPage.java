package io.synergos.dashboard.projects;

import io.synergos.persistence.project.Experiment;
import io.synergos.persistence.project.Project;
import io.synergos.persistence.run.Run;
import io.synergos.metadata.RegistryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;

/** The start page: every project with its experiments, runs, participants and what is training now. */
@Named
@RequestScoped
public class ProjectsPage {

    @Inject
    RegistryService registry;

    private List<ProjectRow> projects;

    /** One project on the start page. */
    public record ProjectRow(long id, String name, String description, int experiments, int runs, int busy,
                             int participants) {
    }

    @Transactional
    public List<ProjectRow> getProjects() {
        if (projects == null) {
            projects = registry.projects().stream().map(ProjectsPage::row).toList();
        }
        return projects;
    }

    private static ProjectRow row(Project p) {
        List<Run> runs = p.getExperiments().stream().map(Experiment::getRuns).flatMap(List::stream)
                .filter(r -> !r.isCoalition()).toList();
        return new ProjectRow(p.getId(), p.getName(), p.getDescription(), p.getExperiments().size(), runs.size(),
                (int) runs.stream().filter(r -> r.getStatus().isBusy()).count(), p.getRegistrations().size());
    }
}
