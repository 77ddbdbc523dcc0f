package io.synergos.dashboard.jobs;

import io.synergos.admin.AdminTasks;
import io.synergos.dashboard.runs.RunPage;
import io.synergos.dashboard.session.Feedback;
import io.synergos.orchestration.JobView;
import io.synergos.orchestration.Orchestrator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The orchestration queue: every job (newest first) with its attempts and errors; admins cancel from here. */
@Named
@RequestScoped
public class JobsPage {

    @Inject
    Orchestrator orchestrator;

    @Inject
    AdminTasks admin;

    private List<JobView> jobs;

    public List<JobView> getJobs() {
        if (jobs == null) {
            jobs = orchestrator.jobs(null).stream().sorted(Comparator.comparingLong(JobView::id).reversed()).toList();
        }
        return jobs;
    }

    /** Cancels a job: a run's training, or a contribution computation with its coalition runs. */
    public String cancel(long jobId) {
        JobView job = Feedback.attempt(() -> admin.cancelJob(jobId), "jobs", Map.of());
        if (job != null) {
            Feedback.info(RunPage.cancelledMessage(job));
        }
        return "/jobs?faces-redirect=true";
    }
}
