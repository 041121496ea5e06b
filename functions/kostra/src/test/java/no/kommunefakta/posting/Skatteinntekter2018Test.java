package no.kommunefakta.posting;

import static no.kommunefakta.posting.Poster.annual;
import static no.kommunefakta.posting.Poster.file;
import static no.kommunefakta.posting.Poster.of;
import static no.kommunefakta.posting.Poster.posting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The 2018/2019 packages' {@code ControlSkatteinntekter} (075, 080, 130) in the details the stored corpora do not
 * reach, each with a targeted case judged by the release (71ddb528 / eea71d70; conformance README, "2018 and 2019",
 * "Runner check and held-out corpora"; the cases are in {@code heldout-<year>.jsonl.gz}).
 */
class Skatteinntekter2018Test {

    private static final String[] BASE_0A_2018 = {
        "0A2018 110300                  1120 010     5000",
        "0A2018 110300                  1120 620    -5000",
        "0A2018 110300                  0120 010      700",
        "0A2018 110300                  0120 620     -700"};

    private static String[] med(String[] base, String... records) {
        String[] all = java.util.Arrays.copyOf(base, base.length + records.length);
        System.arraycopy(records, 0, all, base.length, records.length);
        return all;
    }

    private static List<List<Integer>> linjer(ValidationResult r, String control) {
        return of(r, control).stream().map(Finding::lines).toList();
    }

    @Test
    void aZeroRecordOfAFailingSkattOrRammetilskuddSumIsNamedAndCounted() {
        // T2018-0A-075-zero: the record of belop 0 is one of the summed records ("Record 7 har beløp 0")
        ValidationContext a = annual("0A", 2018, "110300");
        ValidationResult r = file(a, med(BASE_0A_2018, "0A2018 110300                  1800 870   -90000",
                "0A2018 110300                  1120 870      500", "0A2018 110300                  1130 870        0"));
        assertThat(linjer(r, "075")).containsExactlyInAnyOrder(List.of(6), List.of(7));
        // T2019-0C-080-zero: the same for art 800 on funksjon 850 in the fylke package
        ValidationContext c = annual("0C", 2019, "460000");
        ValidationResult r2 = file(c, "0C2019 460000                  1800 870   -90000",
                "0C2019 460000                  1410 800     -300", "0C2019 460000                  1850 800        0");
        assertThat(linjer(r2, "080")).containsExactlyInAnyOrder(List.of(2), List.of(3));
        // T2018-0A-075-10plus1zero: ten records and a zero one are eleven, more than 10: no line named
        String[] elleve = new String[11];
        for (int i = 0; i < 10; i++) {
            elleve[i] = "0A2018 110300                  1120 870       " + (10 + i);
        }
        elleve[10] = "0A2018 110300                  1850 870        0";
        assertThat(linjer(file(a, med(BASE_0A_2018, elleve)), "075")).containsExactly(List.of());
        // T2018-0A-075-single-zero: a zero record alone sums to 0, no 075 (file and posting)
        assertThat(of(file(a, "0A2018 110300                  1120 870        0"), "075")).isEmpty();
        assertThat(of(posting(a, "0A2018 110300                  1120 870        0"), "075")).isEmpty();
    }

    @Test
    void anOsloBydelOrLongyearbyenRecordSwitchesTheSkattSumsOffForTheWholeFile() {
        // T2018-0A-030101-075-after / -before: a bydel record anywhere in the file (isOslo), whatever its codes
        ValidationContext oslo = annual("0A", 2018, "030100");
        String[] base = {"0A2018 030100                  1120 010     5000",
            "0A2018 030100                  1120 620    -5000", "0A2018 030100                  0120 010      700",
            "0A2018 030100                  0120 620     -700", "0A2018 030100                  1800 870   -90000",
            "0A2018 030100                  1120 870      500"};
        assertThat(of(file(oslo, med(base, "0A2018 030101                  1120 010       10")), "075")).isEmpty();
        assertThat(of(file(oslo, med(new String[] {"0A2018 030101                  1120 010       10"}, base)), "075"))
                .isEmpty();
        // T2018-0A-030101-short: a line of the wrong length is controlled by nothing else, it switches nothing off
        assertThat(linjer(file(oslo, med(base, "0A2018 030101                  1120 010       1")), "075"))
                .containsExactly(List.of(6));
        // T2018-0A-030101-874: Control23c (art 874/875 only on funksjon 800) is not ControlSkatteinntekter
        String[] base874 = base.clone();
        base874[5] = "0A2018 030100                  1120 874      500";
        assertThat(linjer(file(oslo, med(base874, "0A2018 030101                  1120 010       10")), "075"))
                .containsExactly(List.of(6));
        // T2019-0M-211100-080: Longyearbyen in the 0M package, art 800 on funksjon 850
        ValidationContext m = annual("0M", 2019, "110300");
        assertThat(of(file(m, "0M2019 110300                  3120 010     5000",
                "0M2019 110300                  3120 620    -5000", "0M2019 110300                  4120 010      700",
                "0M2019 110300                  4120 620     -700", "0M2019 110300                  3800 870   -90000",
                "0M2019 110300                  3850 800      300", "0M2019 211100                  3120 010       10"),
                "080")).isEmpty();
        assertThat(of(file(m, "0M2019 110300                  3850 800      300"), "080")).hasSize(1);
    }

    @Test
    void control130NamesTheSkattRecordsOfBelop0OrMoreWhenAtMostTen() {
        // T2018-0A-130-mixed: 1/800/870 of 100, -30 and 0 sum to 70 (>= 0): records 5 and 7 named, not 6
        ValidationContext a = annual("0A", 2018, "110300");
        assertThat(linjer(file(a, med(BASE_0A_2018, "0A2018 110300                  1800 870      100",
                "0A2018 110300                  1800 870      -30", "0A2018 110300                  1800 870        0")),
                "130")).containsExactlyInAnyOrder(List.of(5), List.of(7));
        // T2018-0A-130-eleven: eleven such records: none named
        String[] elleve = new String[11];
        java.util.Arrays.fill(elleve, "0A2018 110300                  1800 870        5");
        assertThat(linjer(file(a, med(BASE_0A_2018, elleve)), "130")).containsExactly(List.of());
        // T2019-0M-130-zero: the 0M package, kontoklasse 3
        ValidationContext m = annual("0M", 2019, "110300");
        assertThat(linjer(file(m, "0M2019 110300                  3120 010     5000",
                "0M2019 110300                  3120 620    -5000", "0M2019 110300                  4120 010      700",
                "0M2019 110300                  4120 620     -700", "0M2019 110300                  3800 870        0"),
                "130")).containsExactly(List.of(5));
    }

    @Test
    void theFylkePackages130IsAlsoASkattSumOf0WhenNoOtherSkattMessageStands() {
        // T2019-0C-130-sum0: 1/800/870 records summing to 0: foundError without a message of its own, 130
        ValidationContext c = annual("0C", 2019, "460000");
        String[] skatt0 = {"0C2019 460000                  1800 870      100",
            "0C2019 460000                  1800 870     -100"};
        assertThat(linjer(file(c, skatt0), "130")).containsExactly(List.of());
        // T2019-0C-130-sum0-075: with a 075 message the report has that message only
        assertThat(of(file(c, med(skatt0, "0C2019 460000                  1410 870      500")), "130")).isEmpty();
        // T2019-0P-130-sum0-075-sum0: a 075 sum of 0 is no message: 130 again
        ValidationContext p = annual("0P", 2019, "460000");
        assertThat(linjer(file(p, "0P2019 460000                  3800 870      100",
                "0P2019 460000                  3800 870     -100", "0P2019 460000                  3410 870      500",
                "0P2019 460000                  3850 870     -500"), "130")).containsExactly(List.of());
        // a sum other than 0 is no 130 (T2019-0C-130-sum0 with one record less)
        assertThat(of(file(c, skatt0[0]), "130")).isEmpty();
    }

    @Test
    void theSingleFunksjonCodesOfTheFileSumsAreComparedAsText() {
        // T2018-0A-130-0800: funksjon "0800" is not "800" for 130 (funksjon.equalsIgnoreCase("800")): still no skatt
        ValidationContext a = annual("0A", 2018, "110300");
        assertThat(linjer(file(a, med(BASE_0A_2018, "0A2018 110300                  10800870     -500")), "130"))
                .containsExactly(List.of());
        // U2019-0A-1-0190-010 / -190-010: "0190" is not funksjon 190 for 017 (Control190), "190" is
        ValidationContext a19 = annual("0A", 2019, "110300");
        String[] base = {"0A2019 110300                  1420 010     5000",
            "0A2019 110300                  1420 620    -5000", "0A2019 110300                  0420 010      700",
            "0A2019 110300                  0420 620     -700"};
        assertThat(of(file(a19, med(base, "0A2019 110300                  10190010      500")), "017")).isEmpty();
        assertThat(of(file(a19, med(base, "0A2019 110300                  1190 010      500")), "017")).hasSize(1);
        // U2018-0C-1-0860-990: "0860" is no motpost avskrivninger (ControlAvskrivinger: funksjon "860"), 145
        ValidationContext c = annual("0C", 2018, "120000");
        assertThat(of(file(c, "0C2018 120000                  1420 010     5000",
                "0C2018 120000                  1420 620    -5000", "0C2018 120000                  0420 010      700",
                "0C2018 120000                  0420 620     -700", "0C2018 120000                  10860990     -500"),
                "145")).hasSize(1);
    }
}
