package no.kommunefakta.site.prikking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PrikkingTest {

    private static Map<String, BigDecimal> verdier(Object... kv) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1] == null ? null : new BigDecimal(kv[i + 1].toString()));
        }
        return m;
    }

    @Test
    void smaaTallOgNullerPrikkesPrimaert() {
        Map<String, BigDecimal> v = verdier("a", 0, "b", 3, "c", 4, "d", 100);
        Map<String, Prikking.Grunn> s = Prikking.prikk(v, Set.of(), List.of(), 3);
        assertThat(s).containsExactlyInAnyOrderEntriesOf(Map.of("a", Prikking.Grunn.PRIMAER, "b", Prikking.Grunn.PRIMAER));
    }

    @Test
    void enSkjultCelleISumFaarEnPartner() {
        // fylke F = a + b + c; only a is small: F - b - c would give a away
        Map<String, BigDecimal> v = verdier("a", 2, "b", 40, "c", 17, "F", 59);
        List<Summeringsregel> r = List.of(new Summeringsregel("F", List.of("a", "b", "c")));
        Map<String, Prikking.Grunn> s = Prikking.prikk(v, Set.of(), r, 3);
        assertThat(s).containsEntry("a", Prikking.Grunn.PRIMAER).containsEntry("c", Prikking.Grunn.SEKUNDAER).hasSize(2);
        assertThat(kanRegnesUt("a", v, s, r)).isFalse();
    }

    @Test
    void kryssendeHierarkierLekkerIkke() {
        // a,b in fylke F1; c,d in F2; groups G1 = a + c, G2 = b + d; landet L = F1 + F2.
        Map<String, BigDecimal> v = verdier("a", 1, "b", 50, "c", 60, "d", 70, "F1", 51, "F2", 130, "G1", 61, "G2", 120, "L", 181);
        List<Summeringsregel> r = List.of(new Summeringsregel("F1", List.of("a", "b")), new Summeringsregel("F2", List.of("c", "d")),
                new Summeringsregel("G1", List.of("a", "c")), new Summeringsregel("G2", List.of("b", "d")),
                new Summeringsregel("L", List.of("F1", "F2")));
        Map<String, Prikking.Grunn> s = Prikking.prikk(v, Set.of(), r, 3);
        assertThat(s).containsEntry("a", Prikking.Grunn.PRIMAER);
        // hiding a, b, c (one per rule) still leaks: a = (F1 - b) and b, c are tied through G2/F2 unless d goes too
        assertThat(kanRegnesUt("a", v, s, r)).isFalse();
        assertThat(s.keySet()).contains("b", "c", "d");
    }

    @Test
    void ssbPrikketCelleBeskyttesOgsaaMotVaareSummer() {
        Map<String, BigDecimal> v = verdier("a", null, "b", 40, "c", 17, "F", 70);
        List<Summeringsregel> r = List.of(new Summeringsregel("F", List.of("a", "b", "c")));
        Map<String, Prikking.Grunn> s = Prikking.prikk(v, Set.of("a"), r, 3);
        assertThat(s).containsEntry("a", Prikking.Grunn.SSB).containsEntry("c", Prikking.Grunn.SEKUNDAER);
    }

    @Test
    void smaaTotalerSkjulerAlleLedd() {
        Map<String, BigDecimal> v = verdier("a", 1, "b", 2, "F", 3, "L", 103, "G", 100);
        List<Summeringsregel> r = List.of(new Summeringsregel("F", List.of("a", "b")), new Summeringsregel("L", List.of("F", "G")));
        Map<String, Prikking.Grunn> s = Prikking.prikk(v, Set.of(), r, 3);
        assertThat(s).containsKeys("a", "b", "F");
        // L and G are published: F = L - G would be disclosed, so one of them must go as well
        assertThat(kanRegnesUt("F", v, s, r)).isFalse();
    }

    /** Is the cell determined by the published cells through the rules (exact rank check, only this cell protected)? */
    private static boolean kanRegnesUt(String celle, Map<String, BigDecimal> v, Map<String, Prikking.Grunn> skjult,
            List<Summeringsregel> regler) {
        if (!skjult.containsKey(celle)) {
            return true;
        }
        Map<String, Prikking.Grunn> m = new HashMap<>();
        skjult.forEach((k, g) -> m.put(k, k.equals(celle) ? Prikking.Grunn.PRIMAER : Prikking.Grunn.SEKUNDAER));
        return celle.equals(Prikking.foersteAvslorte(v, m, regler));
    }

    @Test
    void rangsjekkenOppdagerLekkasjeGjennomToRegler() {
        // a hidden, b hidden; F = a + b and G = a: a is determined through G alone
        Map<String, BigDecimal> v = verdier("a", 1, "b", 50, "F", 51, "G", 1);
        List<Summeringsregel> r = List.of(new Summeringsregel("F", List.of("a", "b")), new Summeringsregel("G", List.of("a")));
        assertThat(kanRegnesUt("a", v, Map.of("a", Prikking.Grunn.PRIMAER, "b", Prikking.Grunn.SEKUNDAER), r)).isTrue();
    }
}
