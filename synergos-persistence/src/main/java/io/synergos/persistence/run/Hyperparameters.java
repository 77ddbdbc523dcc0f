package io.synergos.persistence.run;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One run's hyperparameters. A run is deterministic for a given seed. */
@Embeddable
public class Hyperparameters implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** How the TTP combines the Workers' models. FedProx adds the proximal term (μ) to the local objective. */
    public enum Algorithm { FEDAVG, FEDPROX }

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(20)")
    private Algorithm algorithm = Algorithm.FEDAVG;

    @Min(value = 1, message = "must be at least 1 round")
    @Max(10000)
    private int rounds = 10;

    @Min(value = 1, message = "must be at least 1 local epoch")
    @Max(1000)
    private int localEpochs = 1;

    @Min(value = 1, message = "must be at least 1")
    private int batchSize = 32;

    @DecimalMin(value = "0.0", inclusive = false, message = "must be positive")
    private double learningRate = 0.1;

    @DecimalMin(value = "0.0", message = "must not be negative")
    private double lambda = 0.0;

    @DecimalMin(value = "0.0", message = "must not be negative")
    private double mu = 0.0;

    private long seed = 42;

    /** Stop after this many rounds without improvement of the global loss; 0 disables early stopping. */
    @Min(value = 0, message = "must not be negative")
    private int earlyStoppingPatience = 0;

    @DecimalMin(value = "0.0", message = "must not be negative")
    private double earlyStoppingMinDelta = 0.0;

    /**
     * The fewest trainers that must answer a round for the run to go on; null means every one. A trainer that
     * disconnects, errs or misses the round's deadline is left out of that round (the aggregate is weighted over those
     * that answered) and may rejoin at a later round.
     */
    @Min(value = 1, message = "must be at least 1 Worker")
    @Max(value = 10000, message = "must be at most 10000 Workers")
    private Integer minWorkers;

    /**
     * How long a round waits for the trainers' updates before it goes on without the late ones; null or 0: adaptive
     * (see README, "Dropouts and stragglers"). Only a run that may go on without someone ({@link #minWorkers}) uses the
     * adaptive deadline; a fixed one always applies.
     */
    @DecimalMin(value = "0.0", message = "must not be negative")
    @DecimalMax(value = "86400.0", message = "must be at most a day (86400 seconds)")
    private Double roundDeadlineSeconds;

    public Integer getMinWorkers() {
        return minWorkers;
    }

    public void setMinWorkers(Integer minWorkers) {
        this.minWorkers = minWorkers;
    }

    public Double getRoundDeadlineSeconds() {
        return roundDeadlineSeconds;
    }

    public void setRoundDeadlineSeconds(Double roundDeadlineSeconds) {
        this.roundDeadlineSeconds = roundDeadlineSeconds;
    }

    public Algorithm getAlgorithm() {
        return algorithm;
    }

    public void setAlgorithm(Algorithm algorithm) {
        this.algorithm = algorithm;
    }

    public int getRounds() {
        return rounds;
    }

    public void setRounds(int rounds) {
        this.rounds = rounds;
    }

    public int getLocalEpochs() {
        return localEpochs;
    }

    public void setLocalEpochs(int localEpochs) {
        this.localEpochs = localEpochs;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public double getLearningRate() {
        return learningRate;
    }

    public void setLearningRate(double learningRate) {
        this.learningRate = learningRate;
    }

    public double getLambda() {
        return lambda;
    }

    public void setLambda(double lambda) {
        this.lambda = lambda;
    }

    public double getMu() {
        return mu;
    }

    public void setMu(double mu) {
        this.mu = mu;
    }

    public long getSeed() {
        return seed;
    }

    public void setSeed(long seed) {
        this.seed = seed;
    }

    public int getEarlyStoppingPatience() {
        return earlyStoppingPatience;
    }

    public void setEarlyStoppingPatience(int earlyStoppingPatience) {
        this.earlyStoppingPatience = earlyStoppingPatience;
    }

    public double getEarlyStoppingMinDelta() {
        return earlyStoppingMinDelta;
    }

    public void setEarlyStoppingMinDelta(double earlyStoppingMinDelta) {
        this.earlyStoppingMinDelta = earlyStoppingMinDelta;
    }
}
