package io.synergos.persistence.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One participant's amount in a {@link RewardAllocation}, and why. */
@Entity
@Table(name = "syn_allocation_share")
public class AllocationShare {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private RewardAllocation allocation;

    @Column(nullable = false, length = 100)
    private String participant;

    @Column(nullable = false, precision = 24, scale = 6)
    private BigDecimal amount;

    /** Its part of the pool before rounding. */
    private double fraction;

    @Column(length = 100)
    private String tier;

    @Column(length = 2000)
    private String reason;

    protected AllocationShare() {
    }

    public AllocationShare(RewardAllocation allocation, String participant, BigDecimal amount, double fraction,
                           String tier, String reason) {
        this.allocation = allocation;
        this.participant = participant;
        this.amount = amount;
        this.fraction = fraction;
        this.tier = tier;
        this.reason = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    }

    public RewardAllocation getAllocation() {
        return allocation;
    }

    public String getParticipant() {
        return participant;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public double getFraction() {
        return fraction;
    }

    public String getTier() {
        return tier;
    }

    public String getReason() {
        return reason;
    }
}
