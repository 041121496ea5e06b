package no.kommunefakta.site.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SvgWriterTest {

    private static String tall(long... tideler) {
        StringBuilder sb = new StringBuilder("M");
        for (long t : tideler) {
            SvgWriter.tideler(sb, t);
        }
        return sb.toString();
    }

    @Test
    void tidelerSkrivesKortestMulig() {
        assertThat(SvgWriter.tideler(123)).isEqualTo("12.3");
        assertThat(SvgWriter.tideler(120)).isEqualTo("12");
        assertThat(SvgWriter.tideler(5)).isEqualTo(".5");
        assertThat(SvgWriter.tideler(-5)).isEqualTo("-.5");
        assertThat(SvgWriter.tideler(0)).isEqualTo("0");
        assertThat(SvgWriter.tideler(-1234)).isEqualTo("-123.4");
    }

    @Test
    void skilletegnBareDerDetTrengs() {
        assertThat(tall(123, 45)).isEqualTo("M12.3 4.5");
        assertThat(tall(123, -45)).isEqualTo("M12.3-4.5");
        // ".5" may follow a number that already has a decimal point, but not an integer
        assertThat(tall(123, 5)).isEqualTo("M12.3.5");
        assertThat(tall(120, 5)).isEqualTo("M12 .5");
        assertThat(tall(-5, 5, 10)).isEqualTo("M-.5.5 1");
    }

    @Test
    void escapeOgId() {
        assertThat(SvgWriter.escape("Aure & \"Smøla\" <b>")).isEqualTo("Aure &amp; &quot;Smøla&quot; &lt;b&gt;");
        assertThat(SvgWriter.escape("Lørenskog")).isSameAs("Lørenskog".intern());
        assertThat(SvgWriter.id("kart-0301_a")).isEqualTo("kart-0301_a");
        assertThatThrownBy(() -> SvgWriter.id("kart 1")).hasMessageContaining("SVG id 'kart 1'");
    }

    @Test
    void verditekst() {
        assertThat(Verditekst.tall(new java.math.BigDecimal("-1234.56"), 1)).isEqualTo("\u22121\u00a0234,6");
        assertThat(Verditekst.verdi(no.kommunefakta.site.data.Celle.tall(81240), v -> Verditekst.tall(v, 0), "kr"))
                .isEqualTo("81\u00a0240\u00a0kr");
        assertThat(Verditekst.verdi(no.kommunefakta.site.data.Celle.MANGLER, v -> "", "kr")).isEqualTo(".. (tallgrunnlag mangler)");
    }
}
