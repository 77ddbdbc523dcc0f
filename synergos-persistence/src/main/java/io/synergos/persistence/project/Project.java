package io.synergos.persistence.project;

import io.synergos.persistence.Names;
import io.synergos.persistence.participant.Registration;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A common goal several organisations pursue together. Everything below it (experiments, their runs, the
 * participants' registrations and data tags) is removed with it.
 */
@Entity
@Table(name = "syn_project")
public class Project {

    @Id
    @GeneratedValue
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = Names.PATTERN, message = "must be letters, digits, '.', '_' or '-'")
    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Size(max = 2000)
    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private Instant createdAt = Instant.now();

    /**
     * What a coalition's model is valued by when contributions are computed: accuracy, f1, roc_auc,
     * neg_log_loss, r2 or neg_mse; null: neg_log_loss for classification, r2 for regression.
     */
    @Size(max = 20)
    @Column(length = 20)
    private String contributionMetric;

    /**
     * What a run does when a dataset changed on disk after it was catalogued: {@code refuse} (null: the default)
     * fails the run before training, {@code warn} trains and records the mismatch with the run.
     */
    @Size(max = 10)
    @Column(length = 10)
    private String catalogVersionPolicy;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Experiment> experiments = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Registration> registrations = new ArrayList<>();

    protected Project() {
    }

    public Project(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public String getContributionMetric() {
        return contributionMetric;
    }

    public void setContributionMetric(String contributionMetric) {
        this.contributionMetric = contributionMetric;
    }

    public String getCatalogVersionPolicy() {
        return catalogVersionPolicy;
    }

    public void setCatalogVersionPolicy(String catalogVersionPolicy) {
        this.catalogVersionPolicy = catalogVersionPolicy;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Experiment> getExperiments() {
        return experiments;
    }

    public List<Registration> getRegistrations() {
        return registrations;
    }
}
