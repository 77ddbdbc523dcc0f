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

/** The losses of one training round: the global (sample-weighted) loss and each Worker's local loss. */
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

    protected RoundResult() {
    }

    public RoundResult(Run run, int round, double globalLoss, double durationMillis, Map<String, Double> localLosses) {
        this.run = run;
        this.round = round;
        this.globalLoss = globalLoss;
        this.durationMillis = durationMillis;
        this.localLosses = new LinkedHashMap<>(localLosses);
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
