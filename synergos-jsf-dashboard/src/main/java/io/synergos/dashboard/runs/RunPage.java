package io.synergos.dashboard.runs;

import io.synergos.admin.AdminTasks;
import io.synergos.dashboard.session.Feedback;
import io.synergos.dashboard.session.Formats;
import io.synergos.lifecycle.RunRecord;
import io.synergos.lifecycle.RunTracking;
import io.synergos.node.NotFoundException;
import io.synergos.orchestration.JobView;
import io.synergos.orchestration.Orchestrator;
import io.synergos.persistence.project.Project;
import io.synergos.persistence.run.RunStatus;
import io.synergos.ttp.GridRunner;
import io.synergos.ttp.LiveGrid;
import io.synergos.ttp.LiveGrids;
import io.synergos.metadata.RegistryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run: configuration, status and timings, the loss curves (live while it trains), its evaluation per
 * Worker and overall with confusion matrices, and, for admins, start, stop and cancel.
 */
@Named
@RequestScoped
public class RunPage {

    @Inject
    RunTracking tracking;

    @Inject
    RegistryService registry;

    @Inject
    Orchestrator orchestrator;

    @Inject
    GridRunner grids;

    @Inject
    LiveGrids live;

    @Inject
    AdminTasks admin;

    private Long id;
    private RunRecord run;
    private Project project;
    private JobView job;
    private List<MetricsView> metrics = List.of();

    public void load() {
        if (id == null) {
            return;
        }
        try {
            run = tracking.run(id);
            project = registry.run(id).getExperiment().getProject();
        } catch (NotFoundException e) {
            run = null;
            return;
        }
        try {
            job = orchestrator.currentJob(id);
        } catch (NotFoundException e) {
            job = null;
        }
        List<MetricsView> views = new ArrayList<>();
        if (run.overallMetrics() != null) {
            views.add(MetricsView.parse("overall", run.overallMetrics()));
        }
        run.workerMetrics().forEach((worker, json) -> views.add(MetricsView.parse(worker, json)));
        metrics = views;
    }

    public String start() {
        JobView started = Feedback.attempt(() -> admin.startRun(id), "control", Map.of());
        if (started != null) {
            Feedback.info("Run queued as job " + started.id() + "; it starts as soon as this TTP has a free slot.");
        }
        return again();
    }

    public String stop() {
        Boolean stopped = Feedback.attempt(() -> admin.stopRun(id), "control", Map.of());
        if (Boolean.TRUE.equals(stopped)) {
            Feedback.info("The grid of run " + id + " is being dismantled; the run ends STOPPED.");
        } else if (Boolean.FALSE.equals(stopped)) {
            Feedback.info("No grid of run " + id + " runs on this TTP now; nothing to stop.");
        }
        return again();
    }

    public String cancel() {
        JobView cancelled = Feedback.attempt(() -> admin.cancelRun(id), "control", Map.of());
        if (cancelled != null) {
            Feedback.info(cancelledMessage(cancelled));
        }
        return again();
    }

    /** What the user is told after cancelling a job, here and on the jobs page. */
    public static String cancelledMessage(JobView job) {
        return "Job " + job.id() + " of run " + job.runId() + " is cancelled"
                + ("RUNNING".equals(job.status()) ? "; it ends after the current round." : ".");
    }

    private String again() {
        return "run?faces-redirect=true&id=" + id;
    }

    /** Chart data for the page script: every round's global and per-Worker loss, and the live state. */
    public String getChartJson() {
        Set<String> workers = new LinkedHashSet<>(run.participants().keySet());
        run.rounds().forEach(r -> workers.addAll(r.localLosses().keySet()));
        JsonArrayBuilder rounds = Json.createArrayBuilder();
        for (RunRecord.Round r : run.rounds()) {
            JsonObjectBuilder local = Json.createObjectBuilder();
            r.localLosses().forEach((w, l) -> {
                if (Double.isFinite(l)) {
                    local.add(w, l);
                }
            });
            JsonObjectBuilder point = Json.createObjectBuilder().add("round", r.round() + 1).add("millis", r.millis())
                    .add("local", local);
            if (Double.isFinite(r.loss())) {
                point.add("loss", r.loss());
            }
            rounds.add(point);
        }
        JsonArrayBuilder bars = Json.createArrayBuilder();
        for (MetricsView m : metrics) {
            JsonObjectBuilder values = Json.createObjectBuilder();
            m.scalars().forEach((name, value) -> {
                if (Double.isFinite(value)) {
                    values.add(name, value);
                }
            });
            bars.add(Json.createObjectBuilder().add("scope", m.scope()).add("values", values));
        }
        String json = Json.createObjectBuilder().add("runId", run.id()).add("status", run.status())
                .add("plannedRounds", run.hyperparameters().getRounds())
                .add("workers", Json.createArrayBuilder(new ArrayList<>(workers))).add("rounds", rounds)
                .add("metrics", bars).build().toString();
        return Formats.inScript(json);
    }

    /** How a trainer took part in the run's rounds: answered, late or absent, and the rounds it missed. */
    public record Participation(String participant, int answered, int late, int absent, String missed) {
    }

    /** Each trainer's participation, when someone was late or absent in a round; empty otherwise. */
    public List<Participation> getParticipation() {
        if (run.rounds().stream().allMatch(r -> r.late().isEmpty() && r.absent().isEmpty())) {
            return List.of();
        }
        Set<String> workers = new LinkedHashSet<>();
        run.rounds().forEach(r -> {
            workers.addAll(r.localLosses().keySet());
            workers.addAll(r.late());
            workers.addAll(r.absent());
        });
        List<Participation> rows = new ArrayList<>();
        for (String worker : workers) {
            int answered = 0;
            int late = 0;
            int absent = 0;
            List<String> missed = new ArrayList<>();
            for (RunRecord.Round r : run.rounds()) {
                if (r.late().contains(worker)) {
                    late++;
                    missed.add((r.round() + 1) + " (late)");
                } else if (r.absent().contains(worker)) {
                    absent++;
                    missed.add((r.round() + 1) + " (absent)");
                } else if (r.localLosses().containsKey(worker)) {
                    answered++;
                }
            }
            rows.add(new Participation(worker, answered, late, absent, String.join(", ", missed)));
        }
        return rows;
    }

    public LiveGrid getLiveGrid() {
        return run == null ? null : live.grid(run.id());
    }

    public boolean isStartable() {
        return RunStatus.valueOf(run.status()).isRestartable() && job == null;
    }

    public boolean isStoppable() {
        return grids.isActive(run.id());
    }

    public boolean isCancellable() {
        return job != null;
    }

    public boolean isBusy() {
        return RunStatus.valueOf(run.status()).isBusy();
    }

    public int getPercent() {
        int planned = run.hyperparameters().getRounds();
        return planned == 0 ? 0 : Math.min(100, (int) Math.round(100.0 * run.completedRounds() / planned));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RunRecord getRun() {
        return run;
    }

    public Project getProject() {
        return project;
    }

    public JobView getJob() {
        return job;
    }

    public List<MetricsView> getMetrics() {
        return metrics;
    }

    public List<Map.Entry<String, Object>> getConfiguration() {
        var h = run.hyperparameters();
        List<Map.Entry<String, Object>> rows = new ArrayList<>();
        rows.add(Map.entry("algorithm", h.getAlgorithm()));
        rows.add(Map.entry("rounds", h.getRounds()));
        rows.add(Map.entry("local epochs", h.getLocalEpochs()));
        rows.add(Map.entry("batch size", h.getBatchSize()));
        rows.add(Map.entry("learning rate", h.getLearningRate()));
        rows.add(Map.entry("L2 (lambda)", h.getLambda()));
        rows.add(Map.entry("FedProx mu", h.getMu()));
        rows.add(Map.entry("seed", h.getSeed()));
        rows.add(Map.entry("early stopping patience", h.getEarlyStoppingPatience() == 0 ? "off"
                : h.getEarlyStoppingPatience() + " rounds, min delta " + h.getEarlyStoppingMinDelta()));
        return rows;
    }
}
