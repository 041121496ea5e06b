package no.kommunefakta.site.side;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FormateringTest {

    private static Tall t(String v, int d) {
        return new Tall(new BigDecimal(v), "", d, "");
    }

    @Test
    void tusenskilleErHardtMellomromOgDesimalKomma() {
        assertThat(Formatering.tekst(t("717710", 0))).isEqualTo("717\u00a0710");
        assertThat(Formatering.tekst(t("5550203", 0))).isEqualTo("5\u00a0550\u00a0203");
        assertThat(Formatering.tekst(t("12.345", 1))).isEqualTo("12,3");
        assertThat(Formatering.tekst(t("0.05", 1))).isEqualTo("0,1");
        assertThat(Formatering.tekst(t("-1234.5", 1))).isEqualTo("\u22121\u00a0234,5");
        assertThat(Formatering.tekst(t("999", 0))).isEqualTo("999");
    }

    @Test
    void kronerOgSymboler() {
        assertThat(Formatering.kroner(t("81240", 0))).isEqualTo("81\u00a0240\u00a0kr");
        assertThat(Formatering.tekst(new Tall(null, "..", 0, ""))).isEqualTo("..");
        assertThat(Formatering.kroner(new Tall(null, ":", 0, ""))).isEqualTo(":");
    }
}
