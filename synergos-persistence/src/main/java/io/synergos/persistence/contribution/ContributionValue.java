package io.synergos.persistence.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * One participant's value in a {@link Contribution}: its Shapley value (leave-one-out: its marginal), share of
 * the gain, confidence interval, rank, and whether it looks like a free rider with the evidence. An admin may
 * override a flag, with a reason (audited), so that a reward policy does not exclude it.
 */
@Entity
@Table(name = "syn_contribution_value",
        uniqueConstraints = @UniqueConstraint(columnNames = {"contribution_id", "participant"}))
public class ContributionValue {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Contribution contribution;

    @Column(nullable = false, length = 100)
    private String participant;

    private double contributionValue;
    private double share;
    private double ciLow;
    private double ciHigh;

    /** Leave-one-out's v(N) - v(N without it); null for the other methods. */
    private Double marginal;

    /** 1 for the highest value. */
    @Column(name = "rank_")
    private int rank;

    private boolean flagged;

    /** Every free-rider check with its figures, as JSON. */
    @Column(columnDefinition = "TEXT")
    private String evidence;

    @Column(length = 2000)
    private String overrideReason;

    @Column(length = 200)
    private String overriddenBy;

    private Instant overriddenAt;

    protected ContributionValue() {
    }

    public ContributionValue(Contribution contribution, String participant, double value, double share, double ciLow,
                             double ciHigh, Double marginal, int rank, boolean flagged, String evidence) {
        this.contribution = contribution;
        this.participant = participant;
        this.contributionValue = value;
        this.share = share;
        this.ciLow = ciLow;
        this.ciHigh = ciHigh;
        this.marginal = marginal;
        this.rank = rank;
        this.flagged = flagged;
        this.evidence = evidence;
    }

    public Long getId() {
        return id;
    }

    public Contribution getContribution() {
        return contribution;
    }

    public String getParticipant() {
        return participant;
    }

    public double getValue() {
        return contributionValue;
    }

    public double getShare() {
        return share;
    }

    public double getCiLow() {
        return ciLow;
    }

    public double getCiHigh() {
        return ciHigh;
    }

    public Double getMarginal() {
        return marginal;
    }

    public int getRank() {
        return rank;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public String getEvidence() {
        return evidence;
    }

    public boolean isOverridden() {
        return overrideReason != null;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverriddenBy() {
        return overriddenBy;
    }

    public Instant getOverriddenAt() {
        return overriddenAt;
    }

    public void override(String reason, String by) {
        this.overrideReason = reason;
        this.overriddenBy = by;
        this.overriddenAt = Instant.now();
    }
}
