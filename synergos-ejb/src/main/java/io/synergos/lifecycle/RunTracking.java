package io.synergos.lifecycle;

import io.synergos.node.InvalidInputException;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.participant.Registration;
import io.synergos.persistence.project.Experiment;
import io.synergos.persistence.project.Project;
import io.synergos.persistence.registry.ModelVersion;
import io.synergos.persistence.run.EvaluationResult;
import io.synergos.persistence.run.RoundResult;
import io.synergos.persistence.run.Run;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Experiment tracking: the record of every run of a project, and runs compared on a metric. */
@Stateless
public class RunTracking {

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    public List<RunRecord> projectRuns(long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            throw new NotFoundException("no project with id " + projectId);
        }
        Map<Long, Integer> versions = versionsByRun(projectId);
        Map<String, Map<String, List<String>>> participants = participants(project);
        return project.getExperiments().stream().sorted(Comparator.comparing(Experiment::getId))
                .flatMap(e -> e.getRuns().stream().filter(r -> !r.isCoalition()).sorted(Comparator.comparing(Run::getId)))
                .map(r -> record(r, participants, versions)).toList();
    }

    public RunRecord run(long runId) {
        Run run = em.find(Run.class, runId);
        if (run == null) {
            throw new NotFoundException("no run with id " + runId);
        }
        Project project = run.getExperiment().getProject();
        return record(run, participants(project), versionsByRun(project.getId()));
    }

    /** The experiment's runs (or only {@code runIds} among them, when given) ranked on the metric. */
    public RunComparison compare(long experimentId, String metric, List<Long> runIds) {
        try {
            MetricRanking.requireKnown(metric);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("metric", e.getMessage());
        }
        Experiment experiment = em.find(Experiment.class, experimentId);
        if (experiment == null) {
            throw new NotFoundException("no experiment with id " + experimentId);
        }
        List<Run> runs = experiment.getRuns().stream().filter(r -> !r.isCoalition())
                .filter(r -> runIds == null || runIds.isEmpty() || runIds.contains(r.getId())).toList();
        if (runIds != null) {
            for (Long id : runIds) {
                if (runs.stream().noneMatch(r -> r.getId().equals(id))) {
                    throw new NotFoundException("experiment " + experimentId + " has no run " + id);
                }
            }
        }
        Map<Long, Integer> versions = versionsByRun(experiment.getProject().getId());
        List<RunComparison.Row> rows = new ArrayList<>();
        for (Run run : runs) {
            Double finalLoss = finalLoss(run);
            Double value = metric.equals("loss") ? finalLoss : MetricRanking.value(overall(run), metric);
            rows.add(new RunComparison.Row(run.getId(), run.getName(), run.getStatus().name(),
                    run.getHyperparameters(), value, finalLoss, run.getCompletedRounds(), duration(run),
                    versions.get(run.getId())));
        }
        rows.sort((a, b) -> MetricRanking.better(metric, a.value(), b.value()) ? -1
                : MetricRanking.better(metric, b.value(), a.value()) ? 1 : Long.compare(a.runId(), b.runId()));
        RunComparison.Row best = rows.isEmpty() || rows.get(0).value() == null || rows.get(0).value().isNaN()
                ? null : rows.get(0);
        return new RunComparison(metric, MetricRanking.LOWER_IS_BETTER.contains(metric), rows, best);
    }

    private RunRecord record(Run run, Map<String, Map<String, List<String>>> participants,
                             Map<Long, Integer> versions) {
        Experiment e = run.getExperiment();
        List<RunRecord.Round> rounds = run.getRounds().stream()
                .map(r -> new RunRecord.Round(r.getRound(), r.getGlobalLoss(), r.getDurationMillis(),
                        new TreeMap<>(r.getLocalLosses()), r.getLate(), r.getAbsent())).toList();
        Map<String, String> perWorker = new TreeMap<>();
        for (EvaluationResult result : run.getEvaluations()) {
            if (result.getParticipant() != null) {
                perWorker.put(result.getParticipant(), result.getMetrics());
            }
        }
        return new RunRecord(run.getId(), e.getId(), e.getName(), e.getModelType().name(), run.getName(),
                run.getHyperparameters(), run.getStatus().name(), run.getStatusReason(), run.getCreatedAt(),
                run.getStartedAt(), run.getFinishedAt(), duration(run), run.getCompletedRounds(), participants,
                rounds, overall(run), perWorker, versions.get(run.getId()), run.getInitialModelVersionId(),
                run.getDataWarnings());
    }

    private Map<Long, Integer> versionsByRun(long projectId) {
        return em.createQuery("select v from ModelVersion v where v.project.id = :p", ModelVersion.class)
                .setParameter("p", projectId).getResultStream()
                .collect(Collectors.toMap(v -> v.getRun().getId(), ModelVersion::getNumber, Math::max));
    }

    private static Map<String, Map<String, List<String>>> participants(Project project) {
        Map<String, Map<String, List<String>>> participants = new TreeMap<>();
        for (Registration r : project.getRegistrations()) {
            participants.put(r.getParticipant().getName(), r.datasetsByTagName());
        }
        return participants;
    }

    static String overall(Run run) {
        return run.getEvaluations().stream().filter(r -> r.getParticipant() == null)
                .map(EvaluationResult::getMetrics).findFirst().orElse(null);
    }

    private static Double finalLoss(Run run) {
        List<RoundResult> rounds = run.getRounds();
        return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1).getGlobalLoss();
    }

    private static Double duration(Run run) {
        return run.getStartedAt() == null || run.getFinishedAt() == null ? null
                : Duration.between(run.getStartedAt(), run.getFinishedAt()).toMillis() / 1000.0;
    }
}
