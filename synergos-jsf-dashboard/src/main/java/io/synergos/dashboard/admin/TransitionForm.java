package io.synergos.dashboard.admin;

import io.synergos.admin.AdminTasks;
import io.synergos.dashboard.session.Feedback;
import io.synergos.lifecycle.ModelRegistry;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.registry.Stage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.io.Serializable;
import java.util.Map;

/** Moves a model version to another stage (promote, archive, back to staging) with a reason (admin). */
@Named
@ViewScoped
public class TransitionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdminTasks admin;

    @Inject
    ModelRegistry models;

    private Long project;
    private Integer version;
    private Stage currentStage;
    private String runName;

    @NotNull(message = "is required: choose the stage to move to")
    private Stage target;

    @NotBlank(message = "is required: say why the version changes stage")
    @Size(max = 2000, message = "must be at most 2000 characters")
    private String reason;

    public void load() {
        if (project == null || version == null) {
            return;
        }
        try {
            var current = models.version(project, version);
            currentStage = current.getStage();
            runName = current.getRun().getName();
        } catch (NotFoundException e) {
            currentStage = null;
        }
        if (currentStage != null && target == null && currentStage.canMoveTo(Stage.PRODUCTION)) {
            target = Stage.PRODUCTION;
        }
    }

    public String save() {
        Boolean done = Feedback.attempt(() -> {
            admin.transition(project, version, target, reason);
            return true;
        }, "transition", Map.of("stage", "target", "reason", "reason"));
        if (done == null) {
            load(); // the stage may have changed meanwhile: offer the moves allowed now
            return null;
        }
        Feedback.info("Version " + version + " is now " + target + ".");
        return "/registry?faces-redirect=true&project=" + project;
    }

    public List<Stage> getTargets() {
        return currentStage == null ? List.of(Stage.values()) : List.copyOf(currentStage.next());
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Stage getCurrentStage() {
        return currentStage;
    }

    public String getRunName() {
        return runName;
    }

    public Stage getTarget() {
        return target;
    }

    public void setTarget(Stage target) {
        this.target = target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
