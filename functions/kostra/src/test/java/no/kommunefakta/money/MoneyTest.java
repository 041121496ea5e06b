package no.kommunefakta.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void parsesDecimalKronerExactly() {
        assertThat(Money.parse("amount", "1250000").ore()).isEqualTo(125_000_000L);
        assertThat(Money.parse("amount", "-310.5").ore()).isEqualTo(-31_050L);
        assertThat(Money.parse("amount", "99.95").ore()).isEqualTo(9_995L);
        assertThat(Money.parse("amount", "0.01").toString()).isEqualTo("0.01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1,5", "1 000", "1.234", "1e3", "+5", "12.", ".5", "NaN"})
    void rejectsAnythingButAPlainDecimalNamingFieldAndValue(String text) {
        assertThatThrownBy(() -> Money.parse("pools[0].lines[1].amount", text))
                .isInstanceOfSatisfying(InvalidAmountException.class, e -> {
                    assertThat(e.field()).isEqualTo("pools[0].lines[1].amount");
                    assertThat(e.value()).isEqualTo(text);
                    assertThat(e.getMessage()).contains("pools[0].lines[1].amount");
                });
    }

    @Test
    void roundsOnlyWithAnExplicitMode() {
        assertThat(Money.ofKroner(new BigDecimal("10.005"), RoundingMode.HALF_UP).ore()).isEqualTo(1001L);
        assertThat(Money.ofKroner(new BigDecimal("10.005"), RoundingMode.HALF_EVEN).ore()).isEqualTo(1000L);
        assertThatThrownBy(() -> Money.ofKroner(new BigDecimal("10.005"), RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void convertsToThousandsWithTheGivenRounding() {
        assertThat(Money.parse("a", "1499.99").thousands(RoundingMode.HALF_UP)).isEqualTo(1L);
        assertThat(Money.parse("a", "1500").thousands(RoundingMode.HALF_UP)).isEqualTo(2L);
        assertThat(Money.parse("a", "-1500").thousands(RoundingMode.HALF_UP)).isEqualTo(-2L);
        assertThat(Money.parse("a", "1500").thousands(RoundingMode.FLOOR)).isEqualTo(1L);
    }

    @Test
    void arithmeticIsExactAndRefusesOverflow() {
        assertThat(Money.ofKroner(3).plus(Money.ofOre(5)).minus(Money.ofOre(10)).toString()).isEqualTo("2.95");
        assertThat(Money.ofOre(-5).negate()).isEqualTo(Money.ofOre(5));
        assertThatThrownBy(() -> Money.ofOre(Long.MAX_VALUE).plus(Money.ofOre(1))).isInstanceOf(ArithmeticException.class);
    }
}
