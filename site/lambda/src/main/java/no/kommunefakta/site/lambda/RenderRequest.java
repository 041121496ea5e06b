package no.kommunefakta.site.lambda;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;
import no.kommunefakta.publish.PageCountOverride;

/**
 * Input of {@code render} (from the schedule, a workflow or {@code aws lambda invoke}).
 *
 * @param action          {@code publish} (default: refresh, render and publish a new release), {@code rollback}, or
 *                        {@code sync} (tell the edge the pointer's live release again, after a failed switch)
 * @param trigger         who asked (schedule, workflow, operator); logged, and a {@value #SCHEDULE} run never carries
 *                        an override
 * @param allowFewerPages publish only: the exact page count of a release that legitimately has fewer pages than the
 *                        live one (a whole number, as JSON number or text); empty or absent for the normal guard
 * @param reason          why the site shrinks; required with {@code allowFewerPages}, one line
 * @param idempotencyKey  optional: the run happens at most once per key, its outcome is kept under
 *                        {@code runs/<key>.json} (tools/invoke-render.sh, the daily schedule)
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record RenderRequest(String action, String trigger, String allowFewerPages, String reason, String idempotencyKey) {

    /** Trigger of the scheduled runs (EventBridge rule and publish.yml's cron). */
    public static final String SCHEDULE = "schedule";

    /** {@code action}, {@code publish} when absent. */
    public String actionOrDefault() {
        return action == null || action.isBlank() ? "publish" : action;
    }

    /** {@code trigger}, {@code direct} when absent. */
    public String triggerOrDefault() {
        return trigger == null || trigger.isBlank() ? "direct" : trigger;
    }

    /**
     * The page-count override this request carries, validated before anything is rendered; empty when
     * {@code allowFewerPages} is absent or empty.
     *
     * @throws IllegalArgumentException naming the field and value: not a whole number, no reason, a reason without a
     *                                  count, an action other than publish, or a scheduled run
     */
    public Optional<PageCountOverride> pageCountOverride() {
        String pages = allowFewerPages == null ? "" : allowFewerPages.strip();
        if (pages.isEmpty()) {
            if (reason != null && !reason.isBlank()) {
                throw new IllegalArgumentException("reason: '" + abbreviate(reason) + "' given without allowFewerPages");
            }
            return Optional.empty();
        }
        if (!"publish".equals(actionOrDefault())) {
            throw new IllegalArgumentException("allowFewerPages: '" + abbreviate(pages) + "' applies to action publish only, not "
                    + actionOrDefault());
        }
        if (SCHEDULE.equals(trigger)) {
            throw new IllegalArgumentException("allowFewerPages: '" + abbreviate(pages) + "' in a scheduled run; only an operator's"
                    + " run may allow fewer pages");
        }
        if (!pages.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("allowFewerPages: '" + abbreviate(pages) + "' is not a page count (a whole number of at"
                    + " least 1)");
        }
        return Optional.of(new PageCountOverride(Integer.parseInt(pages), reason));
    }

    private static String abbreviate(String value) {
        String line = value.replaceAll("\\p{Cntrl}", "?");
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }
}
