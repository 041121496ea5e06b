package no.kommunefakta.posting;

import static no.kommunefakta.posting.Poster.annual;
import static no.kommunefakta.posting.Poster.file;
import static no.kommunefakta.posting.Poster.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The 2018 and 2019 packages' record controls in their details ({@code pakker.csv}, {@code pakkelister.csv},
 * {@code pakkekombinasjoner.csv}), each with a case of the corpus (conformance README, "2018 and 2019").
 */
class Pakkeregler2018Test {

    @Test
    void someFindingsNameNoRecord() {
        // pakker.csv uten_linjer: 0F/0G ControlAargang counts the records only (P2018-1221, P2019-299)
        ValidationContext f = Poster.ctx("0F", "2018", " ", "500000", "921234554");
        assertThat(of(file(f, "0F2026 500000921234554         Z533 730       -7"), "004"))
                .singleElement().satisfies(x -> assertThat(x.lines()).isEmpty());
        ValidationContext g = Poster.ctx("0G", "2019", " ", "000000", "964338531");
        assertThat(of(file(g, "0G2026 000000                  411  650  1 000  "), "004"))
                .singleElement().satisfies(x -> assertThat(x.lines()).isEmpty());
        // 2018 0A ControlKommunenummer: a region not in its list is counted, those records no longer printed
        // (P2018-40: 150000 is no kommune of 2018); a region other than the argument names its record
        ValidationContext a = annual("0A", 2018, "150000");
        assertThat(of(file(a, "0A2018 150000                  1365 590      581"), "006"))
                .singleElement().satisfies(x -> assertThat(x.lines()).isEmpty());
        ValidationContext a2 = annual("0A", 2018, "110300");
        assertThat(of(file(a2, "0A2018 110300                  1365 590      581",
                "0A2018 110600                  1365 590      581"), "006"))
                .singleElement().satisfies(x -> assertThat(x.lines()).containsExactly(2));
        // other packages name the record (0A 2019, 0B 2018)
        ValidationContext a19 = annual("0A", 2019, "110300");
        assertThat(of(file(a19, "0A2019 110600                  1365 590      581"), "006"))
                .singleElement().satisfies(x -> assertThat(x.lines()).containsExactly(1));
        ValidationContext b = annual("0B", 2018, "150000");
        assertThat(of(file(b, "0B2018 150000                  210  000      100"), "006"))
                .singleElement().satisfies(x -> assertThat(x.lines()).containsExactly(1));
    }

    @Test
    void theFylkePackagesCheckFunksjon800_840_860OutsideTheirDriftKontoklasse() {
        // regn0C/0P Control8a ("kun tillatt brukt i driftsregnskapet", 040): funksjon 800, 840, 860 with any
        // kontoklasse but 1 (0C) or 3 (0P) (P2019-643, P2019-5077); the drift kontoklasse itself is allowed
        // (P2019-5373, P2019-1823, P2018-10615)
        ValidationContext c = Poster.ctx("0C", "2019", "3", "300000", Poster.BLANK);
        assertThat(Poster.ids(file(c, "0C20193300000                  0840 165        0"))).contains("040 ERROR");
        ValidationContext c2 = annual("0C", 2019, "300000");
        assertThat(Poster.ids(file(c2, "0C2019 300000                  1840 901     2475"))).doesNotContain("040 ERROR");
        ValidationContext p = annual("0P", 2019, "300000");
        assertThat(Poster.ids(file(p, "0P2019 300000                  0840 501       -7"))).contains("040 ERROR");
        ValidationContext p3 = Poster.ctx("0P", "2019", "3", "420000", Poster.BLANK);
        assertThat(Poster.ids(file(p3, "0P20193420000                  3800         3109"))).doesNotContain("040 ERROR");
        // the funksjon as RecordFields reads it, up to its first blank as it stands: " 840" is "", no 040
        assertThat(Poster.ids(file(c, "0C20193300000                  0 840165        0"))).doesNotContain("040 ERROR");
        ValidationContext c18 = annual("0C", 2018, "500000");
        assertThat(Poster.ids(file(c18, "0C2018 500000                  1840 370     2351"))).doesNotContain("040 ERROR");
    }

    @Test
    void thePackagesOwnFunksjonArtChecks060And065() {
        // 065 (regn0A/0M Control24, 0C/0K/0P Control23, 0I Control25): funksjon 899 only with art 580/980 (0I/0K
        // also 589/989) and those arts only on funksjon 899, any kontoklasse and amount (P2019-784, P2019-5750)
        ValidationContext i = Poster.ctx("0I", "2019", " ", "030100", "628605356");
        assertThat(Poster.ids(file(i, "0I2019 030100628605356         4211 580      409"))).contains("065 ERROR");
        ValidationContext c = annual("0C", 2019, "150000");
        assertThat(Poster.ids(file(c, "0C2019 150000                  1420 980        0"))).contains("065 ERROR");
        assertThat(Poster.ids(file(c, "0C2019 150000                  1899 980        5"))).doesNotContain("065 ERROR");
        // 060 (Control23a/b, 22a/b, 24a/b): funksjon 841 outside the investering kontoklasse (P2019-75, 0C: 0;
        // P2019-3831, 0M: 4), art 729 in it on another funksjon, a zero amount not checked
        ValidationContext c7 = annual("0C", 2019, "030107");
        assertThat(Poster.ids(file(c7, "0C2019 030107                  1841 200    -1639"))).contains("060 ERROR");
        ValidationContext m = annual("0M", 2019, "030107");
        assertThat(Poster.ids(file(m, "0M2019 030107                  3841 550     2342"))).containsExactly("060 ERROR");
        assertThat(Poster.ids(file(m, "0M2019 030107                  3841 550        0"))).doesNotContain("060 ERROR");
        // kontoklasse 9 is no investering kontoklasse of 0C: art 729 there is not 060 (P2019-4123)
        ValidationContext c55 = annual("0C", 2019, "550000");
        assertThat(Poster.ids(file(c55, "0C2019 030107                  9420 729     -130"))).doesNotContain("060 ERROR");
    }

    @Test
    void skattAndRammetilskuddOnOtherFunksjonerAreFileSumsAndArt874_875ARecordCheck() {
        // regn0C/0P ControlSkatteinntekter: art 870 on funksjon 400-799/840-899 of the drift kontoklasse must sum to
        // 0 (075, P2018-4463, P2019-10238), art 800 on 400-800/850-899 too (080, P2019-8300); the records named
        ValidationContext p = annual("0P", 2019, "420000");
        assertThat(of(file(p, "0P2019 420000                  3515 870    -3054"), "075"))
                .singleElement().satisfies(x -> assertThat(x.lines()).containsExactly(1));
        ValidationContext c = annual("0C", 2019, "500000");
        assertThat(Poster.ids(file(c, "0C2019 500000                  1473 800     -463"))).contains("080 ERROR");
        // parts that sum to 0 are no finding; a non-zero sum names each part
        assertThat(Poster.ids(file(c, "0C2019 500000                  1473 800     -463",
                "0C2019 500000                  1474 800      463"))).doesNotContain("080 ERROR");
        assertThat(of(file(c, "0C2019 500000                  1473 800     -463",
                "0C2019 500000                  1474 800      400"), "080")).extracting(Finding::lines)
                .containsExactlyInAnyOrder(java.util.List.of(1), java.util.List.of(2));
        // regn0A/0M: funksjon 100-799/840-899, no record of an Oslo bydel or Longyearbyen (P2018-8735, P2018-19030);
        // Control23c: art 874/875 of the drift kontoklasse only on funksjon 800 (P2019-1797, P2019-5215 in a bydel)
        ValidationContext ly = annual("0A", 2018, "211100");
        assertThat(Poster.ids(file(ly, "0A2018 211100                  1523 873    -2988"))).doesNotContain("075 ERROR");
        ValidationContext a = annual("0A", 2019, "501400");
        assertThat(Poster.ids(file(a, "0A2019 501400                  1290 875     3326"))).contains("075 ERROR");
        ValidationContext bydel = annual("0A", 2019, "030101");
        assertThat(Poster.ids(file(bydel, "0A2019 030101                  1523 874     -109"))).contains("075 ERROR");
        // kontoklasse 0 and other arts are not checked (P2019-31506, P2019-2676)
        ValidationContext a2 = annual("0A", 2019, "110300");
        assertThat(Poster.ids(file(a2, "0A2019 110300                  0370 870     -674"))).doesNotContain("075 ERROR");
    }

    @Test
    void theCodeListChecksReadTheFieldAsItStandsUpToItsFirstBlank() {
        // RecordFields.getFunksjon: a field with a leading blank reads as "", which no list holds, and a zero amount
        // spares only a record whose code so read is not empty (P2019-6132 0D, P2019-766 0C, P2019-577 0DK1)
        ValidationContext d = Poster.ctx("0D", "2019", " ", "030000", "817920632");
        assertThat(Poster.ids(file(d, "0D2019 030000                  2   ZZ          0"))).contains("011 ERROR");
        ValidationContext c = annual("0C", 2019, "030000");
        assertThat(Poster.ids(file(c, "0C2019 030000                  1 528865        0"))).contains("010 ERROR");
        assertThat(Poster.ids(file(c, "0C2019 030000                  1528 865        0"))).doesNotContain("010 ERROR");
        ValidationContext dk = Poster.ctx("0DK1", "2019", "1", "420400", "964338531");
        assertThat(Poster.ids(file(dk, "0D20191420400                   24  630    00000"))).contains("011 WARNING");
    }

    @Test
    void aQuarterlyKommuneArgumentForAFylkeIsJudgedByTheFylkePackage() {
        // regnskap/ControlProgram.start: 0AK for a fylke of RegionerKvartal runs regn0Ckvartal, with its funksjon
        // list (P2018-6243: funksjon 234 is no funksjon of 0CK; P2019-49280)
        ValidationContext ak = Poster.ctx("0AK2", "2018", "2", "500000", Poster.BLANK);
        assertThat(Poster.ids(file(ak, "0C20182500000                  1234 880      -81"))).contains("010 WARNING");
        ValidationContext ak19 = Poster.ctx("0AK4", "2019", "4", "500000", "958935420");
        assertThat(Poster.ids(file(ak19, "0C20194500000                  1321 280    -1383"))).contains("010 WARNING");
    }

    @Test
    void noPackageSumsOslosInternalArts298And798() {
        // 126/127 (Oslo's art 298/798 must balance) are in no package's initControls (P2018-20706, P2019-18153)
        ValidationContext o18 = Poster.ctx("0A", "2018", " ", "030100", "817920632");
        assertThat(Poster.ids(file(o18, "0A2018 030100                  1665 298    -1526"))).doesNotContain("126 ERROR");
        ValidationContext o19 = annual("0A", 2019, "030100");
        assertThat(Poster.ids(file(o19, "0A2019 030100                  0329 298      -14"))).doesNotContain("127 ERROR");
    }
}
