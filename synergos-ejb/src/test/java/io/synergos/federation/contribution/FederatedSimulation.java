package io.synergos.federation.contribution;

import io.synergos.federation.aggregation.FedAvg;
import io.synergos.federation.aggregation.ModelUpdate;
import io.synergos.federation.alignment.AlignedData;
import io.synergos.federation.alignment.AlignmentPlanner;
import io.synergos.federation.alignment.DatasetHeader;
import io.synergos.federation.alignment.FeatureAlignment;
import io.synergos.federation.alignment.Task;
import io.synergos.federation.data.Dataset;
import io.synergos.federation.data.DatasetReader;
import io.synergos.federation.data.DatasetSchema;
import io.synergos.federation.model.Activation;
import io.synergos.federation.model.DenseNetwork;
import io.synergos.federation.model.ModelSpec;
import io.synergos.federation.training.LocalTrainer;
import io.synergos.federation.training.TrainingConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Federated logistic regression run in this JVM on the shipped contribution split (wildfly-config's demo data),
 * with the same core the nodes use (alignment, local training, FedAvg), so that the contribution methods can be
 * compared and the free-rider checks exercised over many seeds in a few seconds.
 */
final class FederatedSimulation {

    static final Path DATA = System.getProperty("contribution.data") != null
            ? Path.of(System.getProperty("contribution.data"))
            : Path.of(System.getProperty("user.dir")).resolveSibling("wildfly-config").resolve("src/main/demo/data/contribution");

    /** A party: honest ones train on their data; a copier sends the global model back with a little noise. */
    record Party(String name, AlignedData train, AlignedData evaluate, boolean copier, long claimedSamples) {
    }

    final FeatureAlignment alignment;
    final DenseNetwork network;
    final TrainingConfig config;
    final int rounds;

    FederatedSimulation(FeatureAlignment alignment, TrainingConfig config, int rounds) {
        this.alignment = alignment;
        this.network = new DenseNetwork(new ModelSpec(alignment.width(), new int[0], alignment.outputs(),
                Activation.RELU, alignment.task()));
        this.config = config;
        this.rounds = rounds;
    }

    static Dataset read(String party, String dataset) {
        return DatasetReader.read(DATA.resolve(party).resolve(dataset + ".csv"), DatasetSchema.INFERRED, true);
    }

    /** The alignment of the parties' training datasets, as the TTP would plan it from their headers. */
    static FeatureAlignment align(Map<String, String> trainByParty) {
        Map<String, List<DatasetHeader>> headers = new LinkedHashMap<>();
        trainByParty.forEach((party, dataset) -> headers.put(party, List.of(DatasetHeader.of(read(party, dataset)))));
        return AlignmentPlanner.plan(headers);
    }

    Party party(String party, String trainDataset, boolean validates) {
        AlignedData train = alignment.encode(List.of(read(party, trainDataset)), true);
        AlignedData evaluate = validates ? alignment.encode(List.of(read(party, "contribution-evaluate")), true) : null;
        return new Party(party, train, evaluate, false, train.rows());
    }

    static Party copier(String name, long claimedSamples) {
        return new Party(name, null, null, true, claimedSamples);
    }

    /** Each validator's metric sums of a model. */
    MetricSums[] measure(double[] model, List<Party> validators) {
        MetricSums[] sums = new MetricSums[validators.size()];
        for (int v = 0; v < sums.length; v++) {
            AlignedData data = validators.get(v).evaluate();
            double[][] p = alignment.probabilities(network.predict(model, data.features()));
            sums[v] = MetricSums.classification(alignment.task(), data.classIndex(), p, alignment.classes().size());
        }
        return sums;
    }

    InTrainingValuation.CandidateEvaluator evaluator(List<Party> validators) {
        return models -> models.stream().map(m -> measure(m, validators)).toList();
    }

    /** What a round leaves behind, for valuations and statistics. */
    interface RoundListener {
        void round(double[] global, double[][] updates, long[] samples);
    }

    /** Trains the parties (bit mask) from the seed's initial model; returns the final global parameters. */
    double[] train(List<Party> parties, int mask, long seed, RoundListener listener) {
        double[] global = network.initialParameters(seed);
        TrainingConfig seeded = new TrainingConfig(config.localEpochs(), config.batchSize(), config.learningRate(),
                config.lambda(), config.mu(), seed);
        Random noise = new Random(seed * 31 + 7);
        for (int round = 0; round < rounds; round++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < parties.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    members.add(i);
                }
            }
            double[][] updates = new double[members.size()][];
            long[] samples = new long[members.size()];
            List<ModelUpdate> list = new ArrayList<>();
            for (int k = 0; k < members.size(); k++) {
                Party p = parties.get(members.get(k));
                ModelUpdate update;
                if (p.copier()) {
                    double[] copy = global.clone();
                    for (int i = 0; i < copy.length; i++) {
                        copy[i] += 1e-3 * noise.nextGaussian();
                    }
                    update = new ModelUpdate(copy, p.claimedSamples(), 0.5);
                } else {
                    update = LocalTrainer.train(network, global, p.train(), seeded, round, members.get(k) + 1);
                }
                updates[k] = update.parameters();
                samples[k] = update.samples();
                list.add(update);
            }
            if (listener != null) {
                listener.round(global, updates, samples);
            }
            global = FedAvg.aggregate(list).parameters();
        }
        return global;
    }

    /** Exact contribution: every coalition retrained from the same seed, measured on the validators. */
    ContributionResult exact(List<Party> parties, List<Party> validators, ContributionMetric metric, long seed) {
        int n = parties.size();
        UtilityTable table = new UtilityTable(validators.stream().map(Party::name).toList(), metric);
        table.put(0, measure(network.initialParameters(seed), validators));
        for (int mask = 1; mask <= Coalitions.full(n); mask++) {
            table.put(mask, measure(train(parties, mask, seed, null), validators));
        }
        return RetrainingValuation.exact(parties.stream().map(Party::name).toList(), table, java.util.Set.of());
    }

    /** In-training contribution of one ordinary training run, with the update statistics of its rounds. */
    record InTraining(ContributionResult result, UpdateStatistics statistics, InTrainingValuation valuation) {
    }

    InTraining inTraining(List<Party> parties, List<Party> validators, InTrainingValuation.Settings settings, long seed) {
        List<String> names = parties.stream().map(Party::name).toList();
        InTrainingValuation valuation = new InTrainingValuation(names, validators.stream().map(Party::name).toList(),
                settings);
        UpdateStatistics statistics = new UpdateStatistics(names);
        InTrainingValuation.CandidateEvaluator evaluator = evaluator(validators);
        train(parties, Coalitions.full(parties.size()), seed, (global, updates, samples) -> {
            valuation.round(global, updates, samples, evaluator);
            statistics.round(global, updates, samples);
        });
        return new InTraining(valuation.result(), statistics, valuation);
    }

    static Task task() {
        return Task.BINARY;
    }
}
