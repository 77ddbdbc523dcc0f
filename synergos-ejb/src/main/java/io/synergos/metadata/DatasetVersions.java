package io.synergos.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exact data a run used, compared with the catalog: for each participant's dataset, the version its Worker read
 * and, when the dataset is catalogued, the catalog entry's version. A dataset that changed on disk after it was
 * catalogued is a mismatch; the project's policy says whether the run is refused or only warned.
 */
public final class DatasetVersions {

    /** A catalog entry as a run expects it. */
    public record Catalogued(long entry, String version) {
    }

    /** One dataset a run used. {@code catalogEntry} and {@code catalogVersion} are null when it is not catalogued. */
    public record Use(String participant, String tag, String dataset, String version, Long catalogEntry,
                      String catalogVersion, boolean mismatch) {

        /** True when the run trained on it (evaluation only measures the model, it does not make it). */
        public boolean trained() {
            return !"evaluate".equals(tag);
        }

        /** True when this is the catalog entry's data. */
        public boolean isOf(long entryId) {
            return catalogEntry != null && catalogEntry == entryId;
        }
    }

    private final List<Use> uses = new ArrayList<>();

    /** @param catalogued the participant's catalog entries by dataset name (may lack the dataset) */
    public void add(String participant, String tag, String dataset, String version, Map<String, Catalogued> catalogued) {
        Catalogued c = catalogued == null ? null : catalogued.get(dataset);
        boolean mismatch = c != null && version != null && !c.version().equals(version);
        uses.add(new Use(participant, tag, dataset, version, c == null ? null : c.entry(), c == null ? null
                : c.version(), mismatch));
    }

    /** What a run recorded ({@code Run.datasetVersions}, as written from {@link #uses()}); empty for null. */
    public static List<Use> read(String json) {
        return json == null ? List.of() : List.of(io.synergos.node.Json.read(json, Use[].class));
    }

    public List<Use> uses() {
        return List.copyOf(uses);
    }

    public List<Use> mismatches() {
        return uses.stream().filter(Use::mismatch).toList();
    }

    /** Says which datasets changed since they were catalogued, and what to do about it. */
    public String mismatchMessage() {
        List<String> parts = new ArrayList<>();
        for (Use u : mismatches()) {
            parts.add(String.format("%s's dataset '%s' changed on disk since it was catalogued (catalog entry %d has "
                            + "version %s, the file now is %s)", u.participant(), u.dataset(), u.catalogEntry(),
                    shortVersion(u.catalogVersion()), shortVersion(u.version())));
        }
        return String.join("; ", parts) + ". Publish the change from the Worker (PUT /api/worker/catalog/{dataset}), "
                + "or set the project's catalogVersionPolicy to warn";
    }

    private static String shortVersion(String v) {
        return v == null ? "unknown" : v.substring(0, Math.min(12, v.length()));
    }
}
