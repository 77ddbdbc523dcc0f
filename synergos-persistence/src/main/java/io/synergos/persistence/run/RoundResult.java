package io.synergos.persistence.run;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The losses of one training round: the global (sample-weighted) loss and each Worker's local loss; and who took
 * part: the trainers that answered, those that were late (missed the round's deadline, or were still computing an
 * earlier round) and those that were absent (disconnected, failed, or rejoining).
 */
@Entity
@Table(name = "syn_round_result")
public class RoundResult {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Run run;

    private int round;

    private double globalLoss;

    private double durationMillis;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "syn_round_local_loss")
    @MapKeyColumn(name = "participant", length = 100)
    @Column(name = "loss")
    private Map<String, Double> localLosses = new LinkedHashMap<>();

    /** Comma-separated participant names; null in rounds recorded before participation was (every one answered). */
    @Column(length = 4000)
    private String answered;

    @Column(length = 4000)
    private String late;

    @Column(length = 4000)
    private String absent;

    protected RoundResult() {
    }

    public RoundResult(Run run, int round, double globalLoss, double durationMillis, Map<String, Double> localLosses) {
        this(run, round, globalLoss, durationMillis, localLosses, java.util.List.copyOf(localLosses.keySet()),
                java.util.List.of(), java.util.List.of());
    }

    public RoundResult(Run run, int round, double globalLoss, double durationMillis, Map<String, Double> localLosses,
                       java.util.List<String> answered, java.util.List<String> late, java.util.List<String> absent) {
        this.run = run;
        this.round = round;
        this.globalLoss = globalLoss;
        this.durationMillis = durationMillis;
        this.localLosses = new LinkedHashMap<>(localLosses);
        this.answered = String.join(",", answered);
        this.late = late.isEmpty() ? null : String.join(",", late);
        this.absent = absent.isEmpty() ? null : String.join(",", absent);
    }

    /** The trainers that answered the round; for rounds recorded before participation was, those with a local loss. */
    public java.util.List<String> getAnswered() {
        return answered == null ? java.util.List.copyOf(localLosses.keySet()) : names(answered);
    }

    public java.util.List<String> getLate() {
        return names(late);
    }

    public java.util.List<String> getAbsent() {
        return names(absent);
    }

    private static java.util.List<String> names(String joined) {
        return joined == null || joined.isEmpty() ? java.util.List.of() : java.util.List.of(joined.split(","));
    }

    public int getRound() {
        return round;
    }

    public double getGlobalLoss() {
        return globalLoss;
    }

    public double getDurationMillis() {
        return durationMillis;
    }

    public Map<String, Double> getLocalLosses() {
        return localLosses;
    }
}
