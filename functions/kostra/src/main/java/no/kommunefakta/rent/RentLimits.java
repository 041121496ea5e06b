package no.kommunefakta.rent;

import java.math.BigDecimal;

import no.kommunefakta.money.Money;

/**
 * The limits of one allocation request, declared here once and enforced by {@link RentRequestReader}; a request beyond
 * any of them is refused with a {@link RentInputException} naming the field and the limit.
 *
 * <p>The amount limits keep every posting inside the nine characters of a KOSTRA record's belop field (positions
 * 40-48: {@code "-99999999"} to {@code "999999999"} thousand NOK). Every posting is a sum of parts of lines, each part
 * with the sign of its line, so its exact amount is at most the request's sum of |amount| in absolute value; it is
 * rounded to one of the two whole thousands around it; and the 690 credit is minus the reportable total rounded. With
 * that sum at most {@link #MAX_TOTAL_AMOUNT} = 99 999 999 000 NOK the most negative belop is -99 999 999: nine
 * characters.
 */
public final class RentLimits {

    /** Most pools per request. */
    public static final int MAX_POOLS = 1_000;
    /** Most cost lines per request, all pools together. */
    public static final int MAX_LINES = 10_000;
    /** Most users per request, all pools together. */
    public static final int MAX_USERS = 100_000;
    /** Most line-user splits per request (sum over pools of lines x users). */
    public static final long MAX_WORK = 10_000_000L;
    /** Largest |amount| of one line, in NOK. */
    public static final Money MAX_LINE_AMOUNT = Money.ofKroner(10_000_000_000L);
    /**
     * Largest sum of |amount| over a request, in NOK: the largest magnitude a negative belop of nine characters holds
     * ({@code -99999999} thousand NOK).
     */
    public static final Money MAX_TOTAL_AMOUNT = Money.ofKroner(99_999_999_000L);
    /** Largest key quantity. */
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");
    /** Most decimals of a key quantity. */
    public static final int MAX_QUANTITY_SCALE = 6;
    /** Most characters of a key quantity as written (longer text cannot be within the limits above). */
    static final int MAX_QUANTITY_TEXT = 40;

    private RentLimits() {
    }
}
