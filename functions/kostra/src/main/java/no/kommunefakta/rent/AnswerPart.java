package no.kommunefakta.rent;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An optional part of a {@link RentAllocation}, asked for by name in {@link RentRequest#include()}. The postings, the
 * reconciliation, the netting proof, the validation and the per-pool totals and lines are always answered; these
 * parts grow with the number of users or postings and are answered only when asked.
 */
public enum AnswerPart {
    /** Per pool, per user: share, internal rent, reportable and calculated parts ({@code pools[].users}). */
    SHARES("shares"),
    /** Per user, that user's part of every posting in NOK ({@code pools[].users[].postings}); implies shares. */
    SHARE_POSTINGS("sharePostings"),
    /** Per posting: which pools, lines and users made it ({@code traces}). */
    TRACES("traces"),
    /** The postings as 48-character KOSTRA records ({@code records}). */
    RECORDS("records"),
    /** The postings as CSV for a spreadsheet or ledger import ({@code csv}). */
    CSV("csv");

    /** The parts answered when a request does not say: the per-user shares (without their per-posting parts). */
    public static final Set<AnswerPart> DEFAULT = EnumSet.of(SHARES);

    private final String jsonName;

    AnswerPart(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in {@code include} and as the answer's field. */
    public String jsonName() {
        return jsonName;
    }

    /** The part named by a request value (trimmed, case-insensitive), or null. */
    static AnswerPart fromJson(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (AnswerPart p : values()) {
            if (p.jsonName.toLowerCase(Locale.ROOT).equals(v)) {
                return p;
            }
        }
        return null;
    }

    /** The names of all parts, in order. */
    public static List<String> names() {
        return EnumSet.allOf(AnswerPart.class).stream().map(AnswerPart::jsonName).toList();
    }
}
