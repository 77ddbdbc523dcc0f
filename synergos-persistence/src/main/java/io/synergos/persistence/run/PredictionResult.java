package io.synergos.persistence.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the TTP learns of a prediction at a Worker: how many rows, and whether it succeeded. Never the values. */
@Entity
@Table(name = "syn_prediction_result")
public class PredictionResult {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Run run;

    @Column(nullable = false, length = 100)
    private String participant;

    private long predictions;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(length = 4000)
    private String message;

    private Instant createdAt = Instant.now();

    protected PredictionResult() {
    }

    public PredictionResult(Run run, String participant, long predictions, String status, String message) {
        this.run = run;
        this.participant = participant;
        this.predictions = predictions;
        this.status = status;
        this.message = message;
    }

    public String getParticipant() {
        return participant;
    }

    public long getPredictions() {
        return predictions;
    }

    public String getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
