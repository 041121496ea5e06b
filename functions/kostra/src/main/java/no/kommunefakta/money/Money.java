package no.kommunefakta.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An amount in Norwegian kroner held exactly as a whole number of øre. Immutable; arithmetic is exact and throws
 * {@link ArithmeticException} on overflow instead of wrapping. Every conversion that can lose precision takes an
 * explicit {@link RoundingMode}.
 *
 * @param ore the amount in øre (1 NOK = 100 øre); negative amounts are allowed (income, credits)
 */
public record Money(long ore) implements Comparable<Money> {

    /** Øre per krone. */
    public static final long ORE_PER_KRONE = 100L;
    /** Øre per 1000 NOK, the unit of {@code belop} in a KOSTRA record. */
    public static final long ORE_PER_THOUSAND = 100_000L;
    /** Zero kroner. */
    public static final Money ZERO = new Money(0L);

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,17}(\\.\\d{1,2})?");

    /** An amount of the given øre. */
    public static Money ofOre(long ore) {
        return new Money(ore);
    }

    /** An amount of the given whole kroner. */
    public static Money ofKroner(long kroner) {
        return new Money(Math.multiplyExact(kroner, ORE_PER_KRONE));
    }

    /** An amount of kroner given as a decimal, rounded to whole øre with the given mode. */
    public static Money ofKroner(BigDecimal kroner, RoundingMode rounding) {
        return new Money(kroner.setScale(2, rounding).unscaledValue().longValueExact());
    }

    /**
     * Reads a decimal kroner amount as written by a caller: an optional minus sign, digits, and at most two decimals
     * after a point ({@code "1250000"}, {@code "-310.5"}, {@code "99.95"}). Nothing is rounded: a value with more
     * decimals, a comma, blanks, exponents or any other text is rejected.
     *
     * @param field the field path to name in the error, e.g. {@code pools[0].lines[1].amount}
     * @param value the text as given
     * @throws InvalidAmountException naming the field and value when the text is not such an amount
     */
    public static Money parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidAmountException(field, value,
                    "Beløpet i " + field + " mangler; oppgi kroner, f.eks. \"1250000.00\" (" + field
                    + " is missing: an amount in NOK is required).");
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw new InvalidAmountException(field, value,
                    "Beløpet i " + field + " må være kroner med høyst to desimaler og punktum som "
                    + "desimaltegn, f.eks. \"1250000.50\"; fikk \"" + value + "\" (" + field + " must be an amount in "
                            + "NOK "
                    + "with at most two decimals).");
        }
        return ofKroner(new BigDecimal(value), RoundingMode.UNNECESSARY);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(ore, other.ore));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(ore, other.ore));
    }

    public Money negate() {
        return new Money(Math.negateExact(ore));
    }

    /** -1, 0 or 1. */
    public int signum() {
        return Long.signum(ore);
    }

    /** The amount in kroner, scale 2 (exact). */
    public BigDecimal kroner() {
        return BigDecimal.valueOf(ore, 2);
    }

    /** The amount in whole 1000 NOK (KOSTRA's belop unit), rounded with the given mode. */
    public long thousands(RoundingMode rounding) {
        return BigDecimal.valueOf(ore).divide(BigDecimal.valueOf(ORE_PER_THOUSAND), 0, rounding).longValueExact();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(ore, other.ore);
    }

    /** Plain kroner with two decimals, e.g. {@code "1250000.50"} or {@code "-0.05"}. */
    @Override
    public String toString() {
        // Hot path when answers list many amounts: format without BigDecimal.
        long abs = Math.abs(ore);
        if (abs < 0) { // Long.MIN_VALUE
            return kroner().toPlainString();
        }
        long cents = abs % ORE_PER_KRONE;
        String kr = Long.toString(abs / ORE_PER_KRONE);
        StringBuilder sb = new StringBuilder(kr.length() + 4);
        if (ore < 0) {
            sb.append('-');
        }
        return sb.append(kr).append('.').append(cents < 10 ? "0" : "").append(cents).toString();
    }
}
