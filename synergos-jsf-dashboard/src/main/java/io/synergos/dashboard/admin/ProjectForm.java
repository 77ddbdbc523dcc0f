package io.synergos.dashboard.admin;

import io.synergos.admin.AdminTasks;
import io.synergos.dashboard.session.Feedback;
import io.synergos.persistence.Names;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Map;

/** Creates a project (admin). */
@Named
@ViewScoped
public class ProjectForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdminTasks admin;

    @NotBlank(message = "is required")
    @Size(max = 100, message = "must be at most 100 characters")
    @Pattern(regexp = Names.PATTERN, message = Names.MESSAGE)
    private String name;

    @Size(max = 2000, message = "must be at most 2000 characters")
    private String description;

    public String save() {
        Long id = Feedback.attempt(() -> admin.createProject(name, description), "project",
                Map.of("name", "name", "description", "description"));
        if (id == null) {
            return null;
        }
        Feedback.info("Project " + name + " created. Workers now register for it (README, \"Registration\").");
        return "/project?faces-redirect=true&id=" + id;
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
}
