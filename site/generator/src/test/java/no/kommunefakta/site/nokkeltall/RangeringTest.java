package no.kommunefakta.site.nokkeltall;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.kommunefakta.site.data.Celle;

class RangeringTest {

    private static Celle tall(String v) {
        return Celle.tall(new BigDecimal(v));
    }

    @Test
    void hoyesteForstLikeVerdierDelerPlassOgMErAntalletMedTall() {
        Map<String, Celle> v = new LinkedHashMap<>();
        v.put("0301", tall("1.59"));
        v.put("1151", Celle.MANGLER);
        v.put("4601", tall("7.2"));
        v.put("3201", tall("7.20"));
        v.put("5001", tall("3"));
        Rangering r = Rangering.av(v);
        assertThat(r.rekkefolge()).containsExactly("3201", "4601", "5001", "0301", "1151");
        assertThat(r.plass("4601")).hasValue(1);
        assertThat(r.plass("3201")).hasValue(1);
        assertThat(r.plass("5001")).hasValue(3);
        assertThat(r.plass("0301")).hasValue(4);
        assertThat(r.plass("1151")).isEmpty();
        assertThat(r.antall()).isEqualTo(4);
    }
}
