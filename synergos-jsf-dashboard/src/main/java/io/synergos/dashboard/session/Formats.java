package io.synergos.dashboard.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages print times and numbers: {@code #{fmt.time(run.startedAt())}}. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant);
    }

    public String seconds(Double seconds) {
        return seconds == null ? "–" : String.format(Locale.ROOT, "%.1f s", seconds);
    }

    public String number(Double value) {
        if (value == null || value.isNaN()) {
            return "–";
        }
        double abs = Math.abs(value);
        return abs != 0 && (abs < 1e-3 || abs >= 1e6) ? String.format(Locale.ROOT, "%.3e", value)
                : String.format(Locale.ROOT, "%.4f", value);
    }

    /** JSON made safe to sit inside a {@code <script>} element: no "</" can close it early. */
    public static String inScript(String json) {
        return json.replace("</", "<\\/");
    }

    /** Names as a reader lists them: "a, b and c". */
    public String names(java.util.List<String> names) {
        if (names == null || names.isEmpty()) {
            return "–";
        }
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    public String shortHash(String hash) {
        return hash == null || hash.length() < 12 ? hash : hash.substring(0, 12) + "…";
    }
}
