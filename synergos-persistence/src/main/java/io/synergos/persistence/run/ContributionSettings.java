package io.synergos.persistence.run;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * Whether a run values its participants' contributions while it trains (in-training), and on whose evaluate data.
 * Measured by the project's contribution metric.
 */
@Embeddable
public class ContributionSettings implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "contribution_in_training")
    private Boolean inTraining;

    /** Comma-separated participant names; empty or null: every participant with evaluate data. */
    @Size(max = 2000)
    @Column(name = "contribution_validators", length = 2000)
    private String validators;

    public boolean isInTraining() {
        return Boolean.TRUE.equals(inTraining);
    }

    public void setInTraining(boolean inTraining) {
        this.inTraining = inTraining;
    }

    public String getValidators() {
        return validators;
    }

    public void setValidators(String validators) {
        this.validators = validators;
    }
}
