package io.synergos.persistence.participant;

import io.synergos.persistence.project.Project;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** A participant's membership of a project; its data tags say which datasets it contributes. */
@Entity
@Table(name = "syn_registration", uniqueConstraints = @UniqueConstraint(columnNames = {"project_id", "participant_id"}))
public class Registration {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Project project;

    @ManyToOne(optional = false)
    private Participant participant;

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DataTag> tags = new ArrayList<>();

    protected Registration() {
    }

    public Registration(Project project, Participant participant) {
        this.project = project;
        this.participant = participant;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Participant getParticipant() {
        return participant;
    }

    public List<DataTag> getTags() {
        return tags;
    }
}
