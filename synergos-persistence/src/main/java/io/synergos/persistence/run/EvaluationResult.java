package io.synergos.persistence.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Evaluation metrics of a run at one Worker, or overall when {@code participant} is null. */
@Entity
@Table(name = "syn_evaluation_result")
public class EvaluationResult {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Run run;

    /** The Worker's name, or null for the sample-weighted aggregate over all Workers. */
    @Column(length = 100)
    private String participant;

    private long samples;

    /** The metrics as a JSON object (see the README for the field names). */
    @Column(columnDefinition = "TEXT", nullable = false)
    private String metrics;

    private Instant createdAt = Instant.now();

    protected EvaluationResult() {
    }

    public EvaluationResult(Run run, String participant, long samples, String metrics) {
        this.run = run;
        this.participant = participant;
        this.samples = samples;
        this.metrics = metrics;
    }

    public String getParticipant() {
        return participant;
    }

    public long getSamples() {
        return samples;
    }

    public String getMetrics() {
        return metrics;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
