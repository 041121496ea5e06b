package no.kommunefakta.site.nokkeltall;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.kommunefakta.site.data.DataKilde;
import no.kommunefakta.site.data.Status;
import no.kommunefakta.site.region.Regioner;

class GrunnlagTest {

    static Beregning beregning;

    @BeforeAll
    static void last() {
        DataKilde k = DataKilde.innebygd();
        Regioner r = Regioner.les(k);
        Grunnlag g = new GrunnlagLaster(k, r).les();
        beregning = new Beregning(g, Katalog.les(k, g.serier().keySet()));
    }

    @Test
    void folkemengdeForOsloOgLandet2024() {
        Grunnlag g = beregning.grunnlag();
        assertThat(g.celle("bef.folkemengde", "0301", 2024).verdi()).isEqualByComparingTo("717710");
        assertThat(g.celle("bef.folkemengde", Regioner.LANDET, 2024).verdi()).isEqualByComparingTo("5550203");
        assertThat(g.celle("bef.folkemengde", Regioner.LANDET_UTEN_OSLO, 2024).verdi()).isEqualByComparingTo(BigDecimal.valueOf(5550203 - 717710));
        assertThat(g.celle("bef.folkemengde", "EKA03", 2024).verdi()).isEqualByComparingTo("717710");
    }

    @Test
    void skrivUt() {
        Katalog kat = beregning.katalog();
        for (Nokkeltall n : kat.nokkeltall()) {
            System.out.println(n.id() + " 0301=" + beregning.resultater(n, "0301") + "\n   EAK=" + beregning.resultater(n, "EAK"));
        }
        System.out.println(beregning.resultater(kat.perId().get("ho_fysioterapi"), "3103"));
        System.out.println(beregning.resultater(kat.perId().get("gs_per_innb"), "3101"));
        System.out.println(beregning.resultater(kat.perId().get("eif_netto_idrett_per_innb"), "3101"));
        System.out.println(beregning.resultater(kat.perId().get("eif_netto_idrett_per_innb"), "EKA32"));
        System.out.println(beregning.resultater(kat.perId().get("ho_jordmor"), "3105"));
        assertThat(Status.MANGLER.symbol()).isEqualTo("..");
    }
}
