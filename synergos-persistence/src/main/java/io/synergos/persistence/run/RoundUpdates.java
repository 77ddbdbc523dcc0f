package io.synergos.persistence.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * What one training round of a run started from and what each participant sent back, kept (for models small
 * enough) so that contribution can be computed in-training on the finished run without retraining. The bytes
 * are the TTP's own encoding (see {@code io.synergos.contribution.KeptUpdates}); they never leave the TTP.
 */
@Entity
@Table(name = "syn_round_updates", uniqueConstraints = @UniqueConstraint(columnNames = {"run_id", "round"}))
public class RoundUpdates {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Run run;

    private int round;

    @Column(nullable = false, length = 268_435_456)
    private byte[] data;

    protected RoundUpdates() {
    }

    public RoundUpdates(Run run, int round, byte[] data) {
        this.run = run;
        this.round = round;
        this.data = data;
    }

    public int getRound() {
        return round;
    }

    public byte[] getData() {
        return data;
    }
}
