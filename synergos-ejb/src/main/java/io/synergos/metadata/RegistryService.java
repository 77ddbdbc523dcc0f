package io.synergos.metadata;

import io.synergos.access.ControlKeys;
import io.synergos.node.ConflictException;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.participant.DataTag;
import io.synergos.persistence.participant.Participant;
import io.synergos.persistence.participant.Registration;
import io.synergos.persistence.project.Experiment;
import io.synergos.persistence.project.ModelType;
import io.synergos.persistence.project.Project;
import io.synergos.federation.contribution.ContributionMetric;
import io.synergos.node.InvalidInputException;
import io.synergos.persistence.run.ContributionSettings;
import io.synergos.persistence.run.Hyperparameters;
import io.synergos.persistence.run.Run;
import io.synergos.node.tls.NodeTls;
import io.synergos.node.tls.TlsMismatchException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Registration on the TTP, part of Meta-data Management: projects, experiments, runs, participants, their
 * registrations into projects and their data tags (a file name, or a catalog entry as {@code catalog:ID}). Names are
 * unique where users refer to them by name. The REST paths are unchanged ({@code /projects}, {@code /participants},
 * {@code /registrations}, ...).
 */
@Stateless
public class RegistryService {

    @Inject
    ControlKeys controlKeys;

    @Inject
    NodeTls tls;

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    public Project createProject(String name, String description) {
        return createProject(name, description, null);
    }

    /** @param contributionMetric what contributions are valued by; null for the task's default */
    public Project createProject(String name, String description, String contributionMetric) {
        if (projectNamed(name) != null) {
            throw new ConflictException("a project named '" + name + "' already exists");
        }
        Project project = new Project(name, description);
        project.setContributionMetric(metric(contributionMetric));
        em.persist(project);
        return project;
    }

    /** {@code refuse} (the default, also for null) or {@code warn}: see {@link Project#getCatalogVersionPolicy()}. */
    public Project setCatalogVersionPolicy(long id, String policy) {
        Project project = project(id);
        if (policy != null && !policy.equals("refuse") && !policy.equals("warn")) {
            throw new InvalidInputException("catalogVersionPolicy", "must be refuse or warn, not '" + policy + "'");
        }
        project.setCatalogVersionPolicy(policy);
        return project;
    }

    private static String metric(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ContributionMetric.of(name).wireName();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("contributionMetric", e.getMessage());
        }
    }

    public List<Project> projects() {
        return em.createQuery("select p from Project p order by p.id", Project.class).getResultList();
    }

    public Project project(long id) {
        return found(em.find(Project.class, id), "project", id);
    }

    public Project updateProject(long id, String name, String description, String contributionMetric) {
        Project project = project(id);
        project.setContributionMetric(metric(contributionMetric));
        Project other = projectNamed(name);
        if (other != null && other != project) {
            throw new ConflictException("a project named '" + name + "' already exists");
        }
        project.setName(name);
        project.setDescription(description);
        return project;
    }

    /**
     * Removes the project with its experiments, runs, results, registrations and tags, its contribution
     * computations (with their coalition runs) and reward allocations; nothing else.
     */
    public void deleteProject(long id) {
        Project project = project(id);
        project.getExperiments().forEach(e -> e.getRuns().forEach(this::refuseBusy));
        String runs = "(select r.id from Run r where r.experiment.project = :p)";
        em.createQuery("delete from AllocationShare s where s.allocation.id in (select a.id from RewardAllocation a "
                + "where a.contribution.run.id in " + runs + ")").setParameter("p", project).executeUpdate();
        em.createQuery("delete from RewardAllocation a where a.contribution.id in (select c.id from Contribution c "
                + "where c.run.id in " + runs + ")").setParameter("p", project).executeUpdate();
        em.createQuery("delete from ContributionValue v where v.contribution.id in (select c.id from Contribution c "
                + "where c.run.id in " + runs + ")").setParameter("p", project).executeUpdate();
        em.createQuery("update Job j set j.parent = null where j.run.id in " + runs).setParameter("p", project)
                .executeUpdate();
        em.createQuery("delete from RoundUpdates u where u.run.id in " + runs).setParameter("p", project)
                .executeUpdate();
        em.createQuery("delete from RunCheckpoint c where c.run.id in " + runs).setParameter("p", project)
                .executeUpdate();
        em.createQuery("delete from StageTransition t where t.modelVersion.id in "
                + "(select v.id from ModelVersion v where v.project = :p)").setParameter("p", project).executeUpdate();
        em.createQuery("delete from ModelVersion v where v.project = :p").setParameter("p", project).executeUpdate();
        em.createQuery("delete from Job j where j.run.id in (select r.id from Run r where r.experiment.project = :p)")
                .setParameter("p", project).executeUpdate();
        em.createQuery("delete from Search s where s.experiment.id in "
                + "(select e.id from Experiment e where e.project = :p)").setParameter("p", project).executeUpdate();
        em.createQuery("update Run r set r.coalitionOf = null where r.id in " + runs).setParameter("p", project)
                .executeUpdate();
        em.createQuery("delete from Contribution c where c.run.id in " + runs).setParameter("p", project)
                .executeUpdate();
        em.flush();
        em.clear();
        em.remove(em.find(Project.class, id));
    }

    public Experiment createExperiment(long projectId, String name, ModelType type, String hidden, String activation) {
        Project project = project(projectId);
        if (project.getExperiments().stream().anyMatch(e -> e.getName().equals(name))) {
            throw new ConflictException("project '" + project.getName() + "' already has an experiment '" + name + "'");
        }
        Experiment experiment = new Experiment(project, name, type);
        experiment.setHiddenLayers(hidden);
        experiment.setActivation(activation);
        em.persist(experiment);
        project.getExperiments().add(experiment);
        return experiment;
    }

    public Experiment experiment(long id) {
        return found(em.find(Experiment.class, id), "experiment", id);
    }

    public Experiment updateExperiment(long id, String name, ModelType type, String hidden, String activation) {
        Experiment experiment = experiment(id);
        if (experiment.getProject().getExperiments().stream()
                .anyMatch(e -> e != experiment && e.getName().equals(name))) {
            throw new ConflictException("the project already has an experiment '" + name + "'");
        }
        experiment.setName(name);
        experiment.setModelType(type);
        experiment.setHiddenLayers(hidden);
        experiment.setActivation(activation);
        return experiment;
    }

    public void deleteExperiment(long id) {
        Experiment experiment = experiment(id);
        experiment.getRuns().forEach(this::refuseBusy);
        experiment.getRuns().forEach(this::refuseRegistered);
        em.createQuery("delete from Job j where j.run.experiment = :e").setParameter("e", experiment).executeUpdate();
        em.createQuery("delete from RoundUpdates u where u.run.experiment = :e").setParameter("e", experiment)
                .executeUpdate();
        em.createQuery("delete from RunCheckpoint c where c.run.experiment = :e").setParameter("e", experiment)
                .executeUpdate();
        em.createQuery("delete from Search s where s.experiment = :e").setParameter("e", experiment).executeUpdate();
        experiment.getProject().getExperiments().remove(experiment);
        em.remove(experiment);
    }

    public Run createRun(long experimentId, String name, Hyperparameters hyperparameters) {
        return createRun(experimentId, name, hyperparameters, new ContributionSettings());
    }

    /** @param contribution whether (and on whose evaluate data) the run values contributions while it trains */
    public Run createRun(long experimentId, String name, Hyperparameters hyperparameters,
                         ContributionSettings contribution) {
        Experiment experiment = experiment(experimentId);
        if (experiment.getRuns().stream().anyMatch(r -> r.getName().equals(name))) {
            throw new ConflictException("experiment '" + experiment.getName() + "' already has a run '" + name + "'");
        }
        Run run = new Run(experiment, name, hyperparameters);
        run.setContribution(contribution);
        em.persist(run);
        experiment.getRuns().add(run);
        return run;
    }

    public Run run(long id) {
        return found(em.find(Run.class, id), "run", id);
    }

    public Run updateRun(long id, String name, Hyperparameters hyperparameters, ContributionSettings contribution) {
        Run run = run(id);
        refuseBusy(run);
        refuseCoalition(run);
        if (run.getExperiment().getRuns().stream().anyMatch(r -> r != run && r.getName().equals(name))) {
            throw new ConflictException("experiment '" + run.getExperiment().getName() + "' already has a run '" + name
                    + "'");
        }
        run.setName(name);
        run.setHyperparameters(hyperparameters);
        run.setContribution(contribution);
        return run;
    }

    public void deleteRun(long id) {
        Run run = run(id);
        refuseBusy(run);
        refuseCoalition(run);
        refuseRegistered(run);
        List<Long> contributions = em.createQuery("select c.id from Contribution c where c.run = :r", Long.class)
                .setParameter("r", run).getResultList();
        if (!contributions.isEmpty()) {
            throw new ConflictException("run " + id + " has contribution computations " + contributions
                    + "; delete the whole project to remove them with their rewards");
        }
        em.createQuery("delete from RoundUpdates u where u.run = :r").setParameter("r", run).executeUpdate();
        em.createQuery("delete from RunCheckpoint c where c.run = :r").setParameter("r", run).executeUpdate();
        em.createQuery("delete from Job j where j.run = :r").setParameter("r", run).executeUpdate();
        run.getExperiment().getRuns().remove(run);
        em.remove(run);
    }

    public Participant createParticipant(String name, String baseUrl, String accessKey) {
        if (participantNamed(name) != null) {
            throw new ConflictException("a participant named '" + name + "' already exists");
        }
        checkScheme(baseUrl);
        Participant participant = new Participant(name, baseUrl);
        controlKeys.assign(participant, accessKey);
        em.persist(participant);
        return participant;
    }

    /** A TLS node registers only https Workers; a node with TLS off only http ones (see NodeTls). */
    private void checkScheme(String baseUrl) {
        if (baseUrl == null) {
            return;
        }
        try {
            tls.contextFor(java.net.URI.create(baseUrl));
        } catch (TlsMismatchException | IllegalArgumentException e) {
            throw new InvalidInputException("baseUrl", e.getMessage());
        }
    }

    public List<Participant> participants() {
        return em.createQuery("select p from Participant p order by p.id", Participant.class).getResultList();
    }

    public Participant participant(long id) {
        return found(em.find(Participant.class, id), "participant", id);
    }

    /** {@code accessKey} null keeps the current key. */
    public Participant updateParticipant(long id, String name, String baseUrl, String accessKey) {
        Participant participant = participant(id);
        Participant other = participantNamed(name);
        if (other != null && other != participant) {
            throw new ConflictException("a participant named '" + name + "' already exists");
        }
        if (baseUrl != null && !baseUrl.equals(participant.getBaseUrl())) {
            checkScheme(baseUrl);
        }
        participant.setName(name);
        participant.setBaseUrl(baseUrl);
        if (accessKey != null) {
            controlKeys.assign(participant, accessKey);
        }
        return participant;
    }

    public void deleteParticipant(long id) {
        Participant participant = participant(id);
        List<String> projects = em.createQuery("select r.project.name from Registration r where r.participant = :p",
                String.class).setParameter("p", participant).getResultList();
        if (!projects.isEmpty()) {
            throw new ConflictException("participant '" + participant.getName() + "' is registered in " + projects
                    + "; remove those registrations first");
        }
        em.remove(participant);
    }

    public Registration register(long projectId, long participantId) {
        Project project = project(projectId);
        Participant participant = participant(participantId);
        if (project.getRegistrations().stream().anyMatch(r -> r.getParticipant() == participant)) {
            throw new ConflictException("participant '" + participant.getName() + "' is already registered in '"
                    + project.getName() + "'");
        }
        Registration registration = new Registration(project, participant);
        em.persist(registration);
        project.getRegistrations().add(registration);
        return registration;
    }

    public Registration registration(long id) {
        return found(em.find(Registration.class, id), "registration", id);
    }

    public void deleteRegistration(long id) {
        Registration registration = registration(id);
        registration.getProject().getRegistrations().remove(registration);
        em.remove(registration);
    }

    /** @param datasets file names without .csv, or {@code catalog:ID} naming one of the participant's catalog entries */
    public DataTag tag(long registrationId, DataTag.Tag tag, List<String> datasets) {
        Registration registration = registration(registrationId);
        String participant = registration.getParticipant().getName();
        for (int i = 0; i < datasets.size(); i++) {
            Long entry = CatalogRefs.entryId(datasets.get(i));
            if (entry != null && CatalogRefs.ownEntry(em, participant, entry) == null) {
                throw new InvalidInputException("datasets[" + i + "]", "names catalog entry " + entry
                        + ", which is not one of " + participant + "'s entries");
            }
        }
        DataTag existing = registration.getTags().stream().filter(t -> t.getTag() == tag).findFirst().orElse(null);
        if (existing != null) {
            existing.setDatasets(datasets);
            return existing;
        }
        DataTag created = new DataTag(registration, tag, datasets);
        em.persist(created);
        registration.getTags().add(created);
        return created;
    }

    public void untag(long registrationId, DataTag.Tag tag) {
        Registration registration = registration(registrationId);
        DataTag existing = registration.getTags().stream().filter(t -> t.getTag() == tag).findFirst()
                .orElseThrow(() -> new NotFoundException("registration " + registrationId + " has no tag " + tag));
        registration.getTags().remove(existing);
        em.remove(existing);
    }

    private Project projectNamed(String name) {
        return em.createQuery("select p from Project p where p.name = :n", Project.class)
                .setParameter("n", name).getResultStream().findFirst().orElse(null);
    }

    private Participant participantNamed(String name) {
        return em.createQuery("select p from Participant p where p.name = :n", Participant.class)
                .setParameter("n", name).getResultStream().findFirst().orElse(null);
    }

    /** A registered model version keeps its run: the registry's lineage and audit trail must not dangle. */
    private void refuseRegistered(Run run) {
        List<Integer> versions = em.createQuery("select v.number from ModelVersion v where v.run = :r order by v.number",
                Integer.class).setParameter("r", run).getResultList();
        if (!versions.isEmpty()) {
            throw new ConflictException("run " + run.getId() + " produced registered model version(s) " + versions
                    + "; delete the whole project to remove them with their audit trail");
        }
    }

    /** A coalition run belongs to its contribution computation: it goes with its project. */
    private static void refuseCoalition(Run run) {
        if (run.isCoalition()) {
            throw new ConflictException("run " + run.getId() + " is a coalition run of contribution "
                    + run.getCoalitionOf().getId() + "; it is changed or removed only with its project");
        }
    }

    private void refuseBusy(Run run) {
        if (run.getStatus().isBusy()) {
            throw new ConflictException("run " + run.getId() + " is " + run.getStatus() + "; stop it first");
        }
    }

    private static <T> T found(T entity, String kind, long id) {
        if (entity == null) {
            throw new NotFoundException("no " + kind + " with id " + id);
        }
        return entity;
    }
}
