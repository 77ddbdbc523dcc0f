package io.synergos.persistence.orchestration;

import io.synergos.persistence.project.Experiment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One submitted hyperparameter search of an experiment: its space, strategy and the metric it optimises. */
@Entity
@Table(name = "syn_search")
public class Search {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Experiment experiment;

    @Column(nullable = false, length = 10)
    private String strategy;

    /** The submitted search space and base hyperparameters, as JSON. */
    @Column(columnDefinition = "TEXT", nullable = false)
    private String space;

    @Column(nullable = false, length = 40)
    private String metric;

    private Instant submittedAt = Instant.now();

    @Column(length = 200)
    private String submittedBy;

    protected Search() {
    }

    public Search(Experiment experiment, String strategy, String space, String metric, String submittedBy) {
        this.experiment = experiment;
        this.strategy = strategy;
        this.space = space;
        this.metric = metric;
        this.submittedBy = submittedBy;
    }

    public Long getId() {
        return id;
    }

    public Experiment getExperiment() {
        return experiment;
    }

    public String getStrategy() {
        return strategy;
    }

    public String getSpace() {
        return space;
    }

    public String getMetric() {
        return metric;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }
}
