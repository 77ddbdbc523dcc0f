package io.synergos.dashboard.admin;

import io.synergos.admin.AdminTasks;
import io.synergos.dashboard.session.Feedback;
import io.synergos.persistence.Names;
import io.synergos.persistence.project.Experiment;
import io.synergos.persistence.project.ModelType;
import io.synergos.metadata.RegistryService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Map;

/** Creates an experiment (one model type) in a project (admin). */
@Named
@ViewScoped
public class ExperimentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdminTasks admin;

    @Inject
    RegistryService registry;

    private Long project;
    private String projectName;

    @NotBlank(message = "is required")
    @Size(max = 100, message = "must be at most 100 characters")
    @Pattern(regexp = Names.PATTERN, message = Names.MESSAGE)
    private String name;

    @NotNull(message = "is required")
    private ModelType modelType = ModelType.LOGISTIC_REGRESSION;

    @Pattern(regexp = Experiment.HIDDEN_LAYERS, message = Experiment.HIDDEN_LAYERS_MESSAGE)
    private String hiddenLayers;

    @Pattern(regexp = Experiment.ACTIVATIONS, message = Experiment.ACTIVATIONS_MESSAGE)
    private String activation = "relu";

    public void load() {
        projectName = Lookups.projectName(registry, project);
    }

    public String save() {
        Long id = Feedback.attempt(() -> admin.createExperiment(project, name, modelType,
                hiddenLayers == null ? "" : hiddenLayers, activation), "experiment",
                Map.of("name", "name", "hiddenLayers", "hiddenLayers", "activation", "activation"));
        if (id == null) {
            return null;
        }
        Feedback.info("Experiment " + name + " created. Add a run to train it.");
        return "/project?faces-redirect=true&id=" + project;
    }

    public ModelType[] getModelTypes() {
        return ModelType.values();
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public String getProjectName() {
        return projectName;
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
        this.hiddenLayers = hiddenLayers;
    }

    public String getActivation() {
        return activation;
    }

    public void setActivation(String activation) {
        this.activation = activation;
    }
}
