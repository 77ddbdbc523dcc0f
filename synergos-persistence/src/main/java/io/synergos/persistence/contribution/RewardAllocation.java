package io.synergos.persistence.contribution;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A reward pool (money, credits or model access) split among a run's participants by a policy, from one
 * {@link Contribution} result. A draft until an admin publishes it; published, it is immutable, and it records
 * who published it and when.
 */
@Entity
@Table(name = "syn_reward_allocation")
public class RewardAllocation {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    private Contribution contribution;

    /** proportional, tiered or equal. */
    @Column(nullable = false, length = 20)
    private String policy;

    @Column(nullable = false, precision = 24, scale = 6)
    private BigDecimal pool;

    /** What the pool is counted in: a currency code, credits, model-access days... */
    @Column(nullable = false, length = 40)
    private String unit;

    /** The unit's decimals: amounts are rounded to 10^-decimals. */
    private int decimals;

    /** The tiers (tiered policy), as JSON. */
    @Column(columnDefinition = "TEXT")
    private String tiers;

    @Column(length = 2000)
    private String rounding;

    @Column(length = 2000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(20)")
    private AllocationStatus status = AllocationStatus.DRAFT;

    @Column(nullable = false, length = 200)
    private String createdBy;

    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();

    @Column(length = 200)
    private String publishedBy;

    private Instant publishedAt;

    @OneToMany(mappedBy = "allocation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<AllocationShare> shares = new ArrayList<>();

    protected RewardAllocation() {
    }

    public RewardAllocation(Contribution contribution, String createdBy) {
        this.contribution = contribution;
        this.createdBy = createdBy;
    }

    /** Sets (or, for a draft, replaces) the policy, pool and the resulting shares. */
    public void define(String policy, BigDecimal pool, String unit, int decimals, String tiers, String rounding,
                       String note, List<AllocationShare> newShares) {
        if (status == AllocationStatus.PUBLISHED) {
            throw new IllegalStateException("allocation " + id + " is published and cannot change");
        }
        this.policy = policy;
        this.pool = pool;
        this.unit = unit;
        this.decimals = decimals;
        this.tiers = tiers;
        this.rounding = rounding;
        this.note = note;
        this.updatedAt = Instant.now();
        shares.clear();
        shares.addAll(newShares);
    }

    public void publish(String by) {
        if (status == AllocationStatus.PUBLISHED) {
            throw new IllegalStateException("allocation " + id + " was already published by " + publishedBy + " at "
                    + publishedAt);
        }
        status = AllocationStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Contribution getContribution() {
        return contribution;
    }

    public String getPolicy() {
        return policy;
    }

    public BigDecimal getPool() {
        return pool;
    }

    public String getUnit() {
        return unit;
    }

    public int getDecimals() {
        return decimals;
    }

    public String getTiers() {
        return tiers;
    }

    public String getRounding() {
        return rounding;
    }

    public String getNote() {
        return note;
    }

    public AllocationStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<AllocationShare> getShares() {
        return shares;
    }
}
