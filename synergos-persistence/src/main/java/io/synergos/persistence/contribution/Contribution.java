package io.synergos.persistence.contribution;

import io.synergos.persistence.run.Run;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One computation of every participant's contribution to a run's model, by one method, with what it found and
 * what it cost. Its values are {@link ContributionValue}s; reward pools are split from it by
 * {@link RewardAllocation}s.
 */
@Entity
@Table(name = "syn_contribution")
public class Contribution {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    private Run run;

    /** exact, leave-one-out or in-training. */
    @Column(nullable = false, length = 20)
    private String method;

    @Column(nullable = false, length = 20)
    private String metric;

    /** The validators asked for (comma-separated participant names); empty: every one with evaluate data. */
    @Column(length = 2000)
    private String validators;

    /** The method's parameters and the free-rider thresholds, as JSON. */
    @Column(columnDefinition = "TEXT")
    private String parameters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(20)")
    private ContributionStatus status = ContributionStatus.QUEUED;

    @Column(length = 4000)
    private String statusReason;

    @Column(nullable = false, length = 200)
    private String requestedBy;

    private Instant requestedAt = Instant.now();
    private Instant startedAt;
    private Instant finishedAt;

    /** v(empty) and v(N) on the validators that counted. */
    private Double emptyValue;
    private Double fullValue;

    /** The validators whose data counted in the end (a suspected free rider's own data is left out). */
    @Column(length = 2000)
    private String validatorsUsed;

    private Long evaluations;
    private Integer gridsStarted;
    private Long wallMillis;

    /** How it was computed, as JSON: the coalitions and their utility, or how each round was valued. */
    @Column(columnDefinition = "TEXT")
    private String details;

    @OneToMany(mappedBy = "contribution", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rank")
    private List<ContributionValue> values = new ArrayList<>();

    protected Contribution() {
    }

    public Contribution(Run run, String method, String metric, String validators, String parameters,
                        String requestedBy) {
        this.run = run;
        this.method = method;
        this.metric = metric;
        this.validators = validators;
        this.parameters = parameters;
        this.requestedBy = requestedBy;
    }

    public Long getId() {
        return id;
    }

    public Run getRun() {
        return run;
    }

    public String getMethod() {
        return method;
    }

    public String getMetric() {
        return metric;
    }

    public String getValidators() {
        return validators;
    }

    public String getParameters() {
        return parameters;
    }

    public ContributionStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void moveTo(ContributionStatus status, String reason) {
        this.status = status;
        this.statusReason = reason == null || reason.length() <= 4000 ? reason : reason.substring(0, 4000);
        if (status == ContributionStatus.RUNNING && startedAt == null) {
            startedAt = Instant.now();
        }
        if (status.isFinal()) {
            finishedAt = Instant.now();
        }
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Double getEmptyValue() {
        return emptyValue;
    }

    public Double getFullValue() {
        return fullValue;
    }

    public String getValidatorsUsed() {
        return validatorsUsed;
    }

    public Long getEvaluations() {
        return evaluations;
    }

    public Integer getGridsStarted() {
        return gridsStarted;
    }

    public Long getWallMillis() {
        return wallMillis;
    }

    public String getDetails() {
        return details;
    }

    public List<ContributionValue> getValues() {
        return values;
    }

    /** Records the outcome: v(empty), v(N), the validators used, the cost and how it was computed. */
    public void complete(double emptyValue, double fullValue, String validatorsUsed, long evaluations,
                         int gridsStarted, long wallMillis, String details) {
        this.emptyValue = emptyValue;
        this.fullValue = fullValue;
        this.validatorsUsed = validatorsUsed;
        this.evaluations = evaluations;
        this.gridsStarted = gridsStarted;
        this.wallMillis = wallMillis;
        this.details = details;
        moveTo(ContributionStatus.COMPLETED, null);
    }
}
