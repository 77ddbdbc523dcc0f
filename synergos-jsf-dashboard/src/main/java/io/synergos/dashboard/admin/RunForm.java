package io.synergos.dashboard.admin;

import io.synergos.admin.AdminTasks;
import io.synergos.dashboard.session.Feedback;
import io.synergos.persistence.Names;
import io.synergos.persistence.project.Experiment;
import io.synergos.persistence.run.Hyperparameters;
import io.synergos.metadata.RegistryService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Map;

/**
 * Creates a run (one set of hyperparameters) in an experiment, and starts it at once if asked (admin). The
 * hyperparameters are validated by their own constraints, each beside its field.
 */
@Named
@ViewScoped
public class RunForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Service field names to input ids: an error the service finds lands beside its input too. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "name"),
            Map.entry("rounds", "rounds"), Map.entry("localEpochs", "localEpochs"), Map.entry("batchSize", "batchSize"),
            Map.entry("learningRate", "learningRate"), Map.entry("lambda", "lambda"), Map.entry("mu", "mu"),
            Map.entry("algorithm", "algorithm"), Map.entry("seed", "seed"),
            Map.entry("earlyStoppingPatience", "patience"), Map.entry("earlyStoppingMinDelta", "minDelta"));

    @Inject
    AdminTasks admin;

    @Inject
    RegistryService registry;

    private Long experiment;
    private String experimentName;
    private String projectName;

    @NotBlank(message = "is required")
    @Size(max = 100, message = "must be at most 100 characters")
    @Pattern(regexp = Names.PATTERN, message = Names.MESSAGE)
    private String name;

    private final Hyperparameters hyper = new Hyperparameters();
    private boolean startNow = true;

    public void load() {
        Experiment e = Lookups.experiment(registry, experiment);
        if (e != null) {
            experimentName = e.getName() + " (" + e.getModelType() + ")";
            projectName = e.getProject().getName();
        }
    }

    public String save() {
        Long runId = Feedback.attempt(() -> admin.createRun(experiment, name, hyper), "run", FIELDS);
        if (runId == null) {
            return null;
        }
        if (startNow) {
            if (Feedback.attempt(() -> admin.startRun(runId), "run", FIELDS) == null) {
                Feedback.info("Run " + name + " created, but it could not be started (see above).");
                return "/run?faces-redirect=true&id=" + runId;
            }
            Feedback.info("Run " + name + " created and queued; it trains as soon as this TTP has a free slot.");
        } else {
            Feedback.info("Run " + name + " created. Start it when you are ready.");
        }
        return "/run?faces-redirect=true&id=" + runId;
    }

    public Hyperparameters.Algorithm[] getAlgorithms() {
        return Hyperparameters.Algorithm.values();
    }

    public Long getExperiment() {
        return experiment;
    }

    public void setExperiment(Long experiment) {
        this.experiment = experiment;
    }

    public String getExperimentName() {
        return experimentName;
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

    public Hyperparameters getHyper() {
        return hyper;
    }

    public boolean isStartNow() {
        return startNow;
    }

    public void setStartNow(boolean startNow) {
        this.startNow = startNow;
    }
}
