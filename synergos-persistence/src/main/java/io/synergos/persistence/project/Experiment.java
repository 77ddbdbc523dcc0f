package io.synergos.persistence.project;

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
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** One model type and architecture within a project; its runs vary the hyperparameters. */
@Entity
@Table(name = "syn_experiment", uniqueConstraints = @UniqueConstraint(columnNames = {"project_id", "name"}))
public class Experiment {

    /** The rules of the MLP fields, shared with the REST requests and the dashboard's form. */
    public static final String HIDDEN_LAYERS = "(\\d{1,5}(,\\d{1,5})*)?";
    public static final String HIDDEN_LAYERS_MESSAGE = "must be comma-separated layer widths such as 32,16";
    public static final String ACTIVATIONS = "relu|tanh|sigmoid";
    public static final String ACTIVATIONS_MESSAGE = "must be relu, tanh or sigmoid";

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Project project;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(40)")
    private ModelType modelType;

    /** Hidden layer widths for an MLP, comma separated, e.g. {@code 32,16}; empty for linear models. */
    @Pattern(regexp = HIDDEN_LAYERS, message = HIDDEN_LAYERS_MESSAGE)
    @Column(length = 200)
    private String hiddenLayers = "";

    @Pattern(regexp = ACTIVATIONS, message = ACTIVATIONS_MESSAGE)
    @Column(length = 20)
    private String activation = "relu";

    @OneToMany(mappedBy = "experiment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Run> runs = new ArrayList<>();

    protected Experiment() {
    }

    public Experiment(Project project, String name, ModelType modelType) {
        this.project = project;
        this.name = name;
        this.modelType = modelType;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ModelType getModelType() {
        return modelType;
    }

    public void setModelType(ModelType modelType) {
        this.modelType = modelType;
    }

    public String getHiddenLayers() {
        return hiddenLayers;
    }

    public void setHiddenLayers(String hiddenLayers) {
        this.hiddenLayers = hiddenLayers == null ? "" : hiddenLayers;
    }

    public String getActivation() {
        return activation;
    }

    public void setActivation(String activation) {
        this.activation = activation == null ? "relu" : activation;
    }

    public List<Run> getRuns() {
        return runs;
    }
}
