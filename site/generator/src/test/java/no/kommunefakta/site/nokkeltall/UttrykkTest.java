package no.kommunefakta.site.nokkeltall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class UttrykkTest {

    @Test
    void leddMedFortegnOgAarsforskyvning() {
        assertThat(Uttrykk.parse("bef.folkemengde - bef.folkemengde[-1]").ledd()).containsExactly(
                new Uttrykk.Ledd(1, "bef.folkemengde", 0), new Uttrykk.Ledd(-1, "bef.folkemengde", -1));
        assertThat(Uttrykk.parse("bef.0_17 + bef.67p").serier()).isEqualTo(List.of("bef.0_17", "bef.67p"));
    }

    @Test
    void ugyldigUttrykkNavngisKlart() {
        assertThatThrownBy(() -> Uttrykk.parse("bef.a bef.b")).hasMessageContaining("missing + or - before 'bef.b'");
        assertThatThrownBy(() -> Uttrykk.parse("bef.a * 3")).hasMessageContaining("cannot be read at position");
    }

    @Test
    void tidspunkt3112BrukerFolkemengden1JanuarAaretEtter() {
        assertThat(Tidspunkt.JAN1.lagringsaar(Tidspunkt.DES31, 2024)).isEqualTo(2025);
        assertThat(Tidspunkt.AAR.lagringsaar(Tidspunkt.DES31, 2024)).isEqualTo(2024);
        assertThat(Tidspunkt.JAN1.lagringsaar(Tidspunkt.JAN1, 2024)).isEqualTo(2024);
    }
}
