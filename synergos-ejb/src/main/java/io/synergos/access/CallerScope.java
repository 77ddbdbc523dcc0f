package io.synergos.access;

import io.synergos.node.NotFoundException;
import io.synergos.persistence.participant.Participant;
import io.synergos.persistence.participant.Registration;
import io.synergos.persistence.project.Experiment;
import io.synergos.persistence.project.Project;
import io.synergos.persistence.run.Run;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the caller may see, beyond the role checks the container makes. TTP staff ({@code admin}, {@code viewer})
 * see everything. A {@code participant} is bound to participants: the one it signed in as (a Worker signs in with
 * its participant's name and control key) and those naming it as their {@code operator}. It sees those
 * participants, their registrations, the projects they take part in with their experiments and runs, and nothing
 * else: any other id answers exactly as an id that does not exist, so that nothing about other organisations leaks.
 */
@Stateless
@PermitAll // it answers for every caller; the roles it asks about are declared here
@DeclareRoles({Roles.ADMIN, Roles.VIEWER, Roles.PREDICTOR, Roles.PARTICIPANT})
public class CallerScope {

    @Resource
    SessionContext caller;

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    /** The caller's name, for audits. */
    public String name() {
        return caller.getCallerPrincipal().getName();
    }

    /** True for TTP staff, who see every organisation's objects. */
    public boolean seesAll() {
        return caller.isCallerInRole(Roles.ADMIN) || caller.isCallerInRole(Roles.VIEWER);
    }

    public boolean isAdmin() {
        return caller.isCallerInRole(Roles.ADMIN);
    }

    /** The names of the participants the caller acts for (empty for staff and for predictors). */
    public Set<String> participants() {
        if (!caller.isCallerInRole(Roles.PARTICIPANT)) {
            return Set.of();
        }
        String me = name();
        return em.createQuery("select p.name from Participant p where p.name = :me or p.operator = :me", String.class)
                .setParameter("me", me).getResultStream().collect(Collectors.toUnmodifiableSet());
    }

    /** The participant by id, if the caller may see it. */
    public Participant participant(long id) {
        Participant p = em.find(Participant.class, id);
        if (p == null || !seesAll() && !participants().contains(p.getName())) {
            throw new NotFoundException("no participant with id " + id);
        }
        return p;
    }

    /** The participant by name, if the caller may act for it (admins may act for every participant). */
    public String participantNamed(String name) {
        boolean known = em.createQuery("select count(p) from Participant p where p.name = :n", Long.class)
                .setParameter("n", name).getSingleResult() > 0;
        if (!known || !isAdmin() && !participants().contains(name)) {
            throw new NotFoundException("no participant '" + name + "'");
        }
        return name;
    }

    /** The participants the caller may see. */
    public List<Participant> visibleParticipants() {
        List<Participant> all = em.createQuery("select p from Participant p order by p.id", Participant.class)
                .getResultList();
        if (seesAll()) {
            return all;
        }
        Set<String> mine = participants();
        return all.stream().filter(p -> mine.contains(p.getName())).toList();
    }

    /** The project, if the caller's participants take part in it. */
    public Project project(long id) {
        Project p = em.find(Project.class, id);
        if (p == null || !takesPart(p)) {
            throw new NotFoundException("no project with id " + id);
        }
        return p;
    }

    public Experiment experiment(long id) {
        Experiment e = em.find(Experiment.class, id);
        if (e == null || !takesPart(e.getProject())) {
            throw new NotFoundException("no experiment with id " + id);
        }
        return e;
    }

    public Run run(long id) {
        Run r = em.find(Run.class, id);
        if (r == null || !takesPart(r.getExperiment().getProject())) {
            throw new NotFoundException("no run with id " + id);
        }
        return r;
    }

    /** The registration, if it is one of the caller's participants' own. */
    public Registration registration(long id) {
        Registration r = em.find(Registration.class, id);
        if (r == null || !seesAll() && !participants().contains(r.getParticipant().getName())) {
            throw new NotFoundException("no registration with id " + id);
        }
        return r;
    }

    /** The projects the caller may see, oldest first. */
    public List<Project> visibleProjects() {
        List<Project> all = em.createQuery("select p from Project p order by p.id", Project.class).getResultList();
        if (seesAll()) {
            return all;
        }
        Set<String> mine = participants();
        return all.stream().filter(p -> takesPart(p, mine)).toList();
    }

    /** A project's registrations the caller may see: staff all, a participant its own (none of other organisations). */
    public List<Registration> visibleRegistrations(long projectId) {
        if (seesAll()) {
            return project(projectId).getRegistrations();
        }
        Set<String> mine = participants();
        Project p = em.find(Project.class, projectId);
        if (p == null || !takesPart(p, mine)) {
            throw new NotFoundException("no project with id " + projectId);
        }
        return p.getRegistrations().stream().filter(r -> mine.contains(r.getParticipant().getName())).toList();
    }

    private boolean takesPart(Project p) {
        return seesAll() || takesPart(p, participants());
    }

    private static boolean takesPart(Project p, Set<String> participants) {
        return !participants.isEmpty() && p.getRegistrations().stream()
                .anyMatch(r -> participants.contains(r.getParticipant().getName()));
    }
}
