package io.baton.decider.core.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The formats Conductor's WAIT accepts for {@code duration} and {@code until} (its DateTimeUtils). */
final class WaitInput {
    private static final Pattern DURATION = Pattern.compile(
            "\\s*(?:(\\d+)\\s*(?:days?|d))?"
                    + "\\s*(?:(\\d+)\\s*(?:hours?|hrs?|h))?"
                    + "\\s*(?:(\\d+)\\s*(?:minutes?|mins?|m))?"
                    + "\\s*(?:(\\d+)\\s*(?:seconds?|secs?|s))?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter MINUTES_AND_ZONE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final List<Function<String, Instant>> DATE_FORMATS = List.of(
            text -> LocalDateTime.parse(text, MINUTES).toInstant(ZoneOffset.UTC),
            text -> ZonedDateTime.parse(text, MINUTES_AND_ZONE).toInstant(),
            text -> LocalDate.parse(text, DAY).atStartOfDay(ZoneOffset.UTC).toInstant());

    private WaitInput() {
    }

    /** "30s", "2 minutes", "1d 2h", "1 days 2 hours 3 minutes"; empty when the text is not a duration. */
    static Optional<Duration> duration(String text) {
        Matcher m = DURATION.matcher(text);
        if (text.isBlank() || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofDays(number(m, 1)).plusHours(number(m, 2)).plusMinutes(number(m, 3))
                .plusSeconds(number(m, 4)));
    }

    /**
     * "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm z" or "yyyy-MM-dd"; a time without a zone is read as UTC (Conductor reads
     * it in the server's zone). Empty when the text matches none of them.
     */
    static Optional<Instant> until(String text) {
        for (Function<String, Instant> format : DATE_FORMATS) {
            try {
                return Optional.of(format.apply(text.trim()));
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    private static long number(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }
}
