package io.synergos.persistence.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Where a training run stands, saved by the TTP every few rounds (with the round it follows, in one transaction) so
 * that the run continues exactly from there after its TTP crashed or stopped: the global parameters as float64, the
 * early-stopping state and the free-rider statistics. The Workers keep no state between rounds (each round starts
 * from the global model, and their minibatch order is a function of the seed, the round and the Worker), so this is
 * all a resumed run needs. One row per run, overwritten; it never leaves the TTP.
 */
@Entity
@Table(name = "syn_run_checkpoint")
public class RunCheckpoint {

    @Id
    @GeneratedValue
    private Long id;

    @OneToOne(optional = false)
    private Run run;

    /** How many rounds the checkpoint follows: training resumes at this round (0-based). */
    private int rounds;

    /** The global parameters after those rounds: float64, little-endian. */
    @Column(nullable = false, length = 536_870_912)
    private byte[] parameters;

    private double bestLoss;

    private int roundsWithoutImprovement;

    /** The free-rider statistics' state ({@code UpdateStatistics}' own encoding). */
    @Column(length = 268_435_456)
    private byte[] statistics;

    /** The TTP that saved it, and when. */
    @Column(length = 100)
    private String node;

    private Instant savedAt;

    protected RunCheckpoint() {
    }

    public RunCheckpoint(Run run) {
        this.run = run;
    }

    public void save(int rounds, byte[] parameters, double bestLoss, int roundsWithoutImprovement, byte[] statistics,
                     String node) {
        this.rounds = rounds;
        this.parameters = parameters;
        this.bestLoss = bestLoss;
        this.roundsWithoutImprovement = roundsWithoutImprovement;
        this.statistics = statistics;
        this.node = node;
        this.savedAt = Instant.now();
    }

    public Run getRun() {
        return run;
    }

    public int getRounds() {
        return rounds;
    }

    public byte[] getParameters() {
        return parameters;
    }

    public double getBestLoss() {
        return bestLoss;
    }

    public int getRoundsWithoutImprovement() {
        return roundsWithoutImprovement;
    }

    public byte[] getStatistics() {
        return statistics;
    }

    public String getNode() {
        return node;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
