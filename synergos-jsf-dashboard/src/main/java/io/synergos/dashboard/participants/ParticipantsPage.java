package io.synergos.dashboard.participants;

import io.synergos.persistence.participant.Participant;
import io.synergos.persistence.participant.Registration;
import io.synergos.dashboard.live.GridPush;
import io.synergos.dashboard.session.Formats;
import io.synergos.ttp.LiveGrids;
import io.synergos.metadata.RegistryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Participants and their registrations (projects, datasets by tag), and every grid this TTP runs now: which
 * Workers are connected and which round each has answered. The grid table is kept current by push.
 */
@Named
@RequestScoped
public class ParticipantsPage {

    @Inject
    RegistryService registry;

    @Inject
    LiveGrids live;

    /** A participant with its registrations. */
    public record ParticipantRow(long id, String name, String baseUrl, boolean hasControlKey,
                                 List<RegistrationRow> registrations) {
    }

    /** One project a participant is registered in, with its datasets by tag. */
    public record RegistrationRow(long projectId, String project, Map<String, List<String>> datasets) {
    }

    private List<ParticipantRow> participants;

    @Transactional
    public List<ParticipantRow> getParticipants() {
        if (participants == null) {
            List<Registration> registrations = new ArrayList<>();
            registry.projects().forEach(p -> registrations.addAll(p.getRegistrations()));
            participants = registry.participants().stream().map(p -> row(p, registrations)).toList();
        }
        return participants;
    }

    private static ParticipantRow row(Participant p, List<Registration> all) {
        List<RegistrationRow> mine = all.stream().filter(r -> r.getParticipant().getId().equals(p.getId()))
                .map(r -> new RegistrationRow(r.getProject().getId(), r.getProject().getName(), r.datasetsByTagName()))
                .toList();
        return new ParticipantRow(p.getId(), p.getName(), p.getBaseUrl(),
                p.hasControlKey(), mine);
    }

    /** The grids running now, as the JSON array the page script renders (pushes then keep it current). */
    public String getGridsJson() {
        return Formats.inScript(live.grids().stream().map(GridPush::json)
                .collect(Collectors.joining(",", "[", "]")));
    }
}
