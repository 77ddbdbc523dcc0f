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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** The datasets tagged for each use. */
    public Map<DataTag.Tag, List<String>> datasetsByTag() {
        Map<DataTag.Tag, List<String>> datasets = new EnumMap<>(DataTag.Tag.class);
        tags.forEach(t -> datasets.put(t.getTag(), List.copyOf(t.getDatasets())));
        return datasets;
    }

    /** The same keyed by the tag's name as clients write it (train, evaluate, predict), in the order tagged. */
    public Map<String, List<String>> datasetsByTagName() {
        Map<String, List<String>> datasets = new LinkedHashMap<>();
        tags.forEach(t -> datasets.put(t.getTag().name().toLowerCase(Locale.ROOT), List.copyOf(t.getDatasets())));
        return datasets;
    }

    public List<DataTag> getTags() {
        return tags;
    }
}
