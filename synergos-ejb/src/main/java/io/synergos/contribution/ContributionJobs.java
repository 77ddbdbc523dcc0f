package io.synergos.contribution;

import io.synergos.federation.contribution.Assessment;
import io.synergos.federation.contribution.Coalitions;
import io.synergos.federation.contribution.InTrainingValuation;
import io.synergos.federation.contribution.MetricSums;
import io.synergos.federation.contribution.RetrainingValuation;
import io.synergos.federation.contribution.UpdateStatistics;
import io.synergos.federation.contribution.UtilityTable;
import io.synergos.federation.model.DenseNetwork;
import io.synergos.node.Json;
import io.synergos.node.ModelArtefact;
import io.synergos.orchestration.ContributionStages;
import io.synergos.orchestration.ContributionWork;
import io.synergos.orchestration.JobLedger;
import io.synergos.ttp.GridRunner;
import io.synergos.ttp.KeptUpdates;
import io.synergos.ttp.RunCancelledException;
import io.synergos.ttp.RunLedger;
import io.synergos.ttp.RunPlan;
import io.synergos.ttp.Valuations;
import io.synergos.websocket.ttp.GridException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Runs a contribution job's stages for the job consumer. PREPARE queues the coalition runs (exact, leave-one-out);
 * VALUATE brings up a grid of the validators and measures, in one batch per validator, the starting model, the
 * run's model and every coalition's model (retraining methods), or replays the run's kept rounds through the
 * in-training valuation; then it records the values, flags and cost.
 */
@ApplicationScoped
public class ContributionJobs implements ContributionWork {

    private static final Logger LOG = Logger.getLogger(ContributionJobs.class.getName());

    @Inject
    ContributionLedger ledger;

    @Inject
    RunLedger runs;

    @Inject
    GridRunner grids;

    @Override
    public boolean execute(JobLedger.Claim claim) throws Exception {
        if (ContributionStages.PREPARE.equals(claim.stage())) {
            int coalitions = ledger.prepare(claim.jobId());
            if (coalitions > 0) {
                return false;
            }
        }
        valuate(claim);
        return true;
    }

    private void valuate(JobLedger.Claim claim) throws Exception {
        ContributionLedger.ValuationInput input = ledger.valuationInput(claim.contributionId());
        RunPlan plan = runs.plan(claim.runId());
        AtomicReference<Assessment> outcome = new AtomicReference<>();
        AtomicReference<String> details = new AtomicReference<>();
        grids.validate(claim.runId(), input.validators(), measurer -> {
            if (input.method().equals("in-training")) {
                InTrainingValuation valuation = replay(claim, input, measurer);
                UpdateStatistics statistics = statistics(input);
                outcome.set(Assessment.of(valuation::result, statistics.summaries(), input.thresholds()));
                details.set(Valuations.roundDetails(valuation, outcome.get()));
            } else {
                UtilityTable table = measureCoalitions(input, plan, measurer);
                outcome.set(Assessment.of(excluded -> input.method().equals("exact")
                        ? RetrainingValuation.exact(input.participants(), table, excluded)
                        : RetrainingValuation.leaveOneOut(input.participants(), table, excluded),
                        input.statistics(), input.thresholds()));
                details.set(Valuations.coalitionDetails(input.participants(), table, outcome.get(),
                        input.coalitionRuns()));
            }
        });
        Valuations.requireDefined(outcome.get().result());
        int grids = input.coalitionModels().size() + 1;
        ledger.record(claim.contributionId(), outcome.get(), grids, details.get());
        LOG.info(() -> "contribution " + claim.contributionId() + " of run " + claim.runId() + " (" + input.method()
                + ") recorded: " + outcome.get().result().participantValues());
    }

    /** The starting model, the run's model and each coalition's, measured in one batch on every validator. */
    private static UtilityTable measureCoalitions(ContributionLedger.ValuationInput input, RunPlan plan,
                                                  GridRunner.Measurer measurer) throws GridException {
        ModelArtefact trained = measurer.model();
        int full = Coalitions.full(input.participants().size());
        List<Integer> masks = new ArrayList<>(List.of(0, full));
        List<double[]> models = new ArrayList<>(List.of(start(plan, trained), trained.parameters()));
        input.coalitionModels().forEach((mask, artefact) -> {
            masks.add(mask);
            models.add(Json.read(artefact, ModelArtefact.class).parameters());
        });
        List<MetricSums[]> sums = measurer.measure(models);
        UtilityTable table = new UtilityTable(measurer.validators(), input.metric());
        for (int i = 0; i < masks.size(); i++) {
            table.put(masks.get(i), sums.get(i));
        }
        return table;
    }

    /** The run's kept rounds valued again, round by round, on the validation grid. */
    private InTrainingValuation replay(JobLedger.Claim claim, ContributionLedger.ValuationInput input,
                                       GridRunner.Measurer measurer) throws GridException {
        InTrainingValuation valuation = new InTrainingValuation(input.participants(), measurer.validators(),
                input.settings());
        for (byte[] bytes : input.keptRounds()) {
            if (ledger.cancelRequested(claim.jobId())) {
                throw new RunCancelledException("contribution " + claim.contributionId() + " cancelled by request");
            }
            KeptUpdates round = ordered(KeptUpdates.decode(bytes), input.participants());
            GridException[] failure = new GridException[1];
            try {
                valuation.round(round.global(), round.updates(), round.samples(), models -> {
                    try {
                        return measurer.measure(models);
                    } catch (GridException e) {
                        failure[0] = e;
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                });
            } catch (IllegalStateException e) {
                if (failure[0] != null) {
                    throw failure[0];
                }
                throw e;
            }
        }
        return valuation;
    }

    private static UpdateStatistics statistics(ContributionLedger.ValuationInput input) {
        UpdateStatistics statistics = new UpdateStatistics(input.participants());
        for (byte[] bytes : input.keptRounds()) {
            KeptUpdates round = ordered(KeptUpdates.decode(bytes), input.participants());
            statistics.round(round.global(), round.updates(), round.samples());
        }
        return statistics;
    }

    /** The round's updates in the participants' order. */
    private static KeptUpdates ordered(KeptUpdates round, List<String> participants) {
        double[][] updates = new double[participants.size()][];
        long[] samples = new long[participants.size()];
        for (int i = 0; i < participants.size(); i++) {
            int at = round.participants().indexOf(participants.get(i));
            if (at < 0) {
                throw new IllegalStateException("a kept round has no update of " + participants.get(i));
            }
            updates[i] = round.updates()[at];
            samples[i] = round.samples()[at];
        }
        return new KeptUpdates(round.global(), participants, updates, samples);
    }

    /** v(empty)'s model: the version the run was restored from, or its seed's untrained initial parameters. */
    private static double[] start(RunPlan plan, ModelArtefact trained) {
        if (plan.initialModel() != null) {
            return Json.read(plan.initialModel(), ModelArtefact.class).parameters();
        }
        return new DenseNetwork(trained.spec()).initialParameters(plan.hyper().getSeed());
    }
}
