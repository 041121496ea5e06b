package no.kommunefakta.site.nokkeltall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.region.Regioner;

/** The headline figures and their stand-ins as read from {@code hovedtall.csv}. */
class HovedtallTest {

    private static Katalog katalog;

    @BeforeAll
    static void last() {
        DataSource kilde = DataSource.embedded();
        katalog = Katalog.load(kilde, new GrunnlagLoader(kilde, Regioner.load(kilde)).load().serier().keySet());
    }

    @Test
    void innebygdeHovedtallHarReserverFraSammeTjenesteomraade() {
        var hovedtall = Hovedtall.load(DataSource.embedded(), katalog);
        assertThat(hovedtall.get(0).kandidater()).extracting(Nokkeltall::id).containsExactly("bef_folkemengde", "bef_tetthet");
        assertThat(hovedtall).allSatisfy(h -> assertThat(h.reserve())
                .allSatisfy(r -> assertThat(r.omraade()).isEqualTo(h.nokkeltall().omraade())));
        // the stand-ins of Befolkning and Samferdsel, the areas the embedded data fill for every kommune
        assertThat(hovedtall.stream().filter(h -> h.nokkeltall().id().equals("sam_veier_per_1000")).findFirst().orElseThrow().reserve())
                .extracting(Nokkeltall::id).containsExactly("sam_kommunal_andel");
    }

    @Test
    void reserveFraEtAnnetOmraadeEllerToGangerErEnFeil(@TempDir Path mappe) throws IOException {
        assertThatThrownBy(() -> Hovedtall.load(med(mappe, "bef_folkemengde;;;sam_veier_km"), katalog))
                .hasMessage("hovedtall.csv line 2 (bef_folkemengde): reserve 'sam_veier_km' is in service area 'samferdsel', not 'befolkning'");
        assertThatThrownBy(() -> Hovedtall.load(med(mappe, "bef_folkemengde;;;bef_tetthet\nbef_vekst;;;bef_tetthet"), katalog))
                .hasMessage("hovedtall.csv line 3 (bef_vekst): reserve 'bef_tetthet' is named twice");
        assertThatThrownBy(() -> Hovedtall.load(med(mappe, "bef_folkemengde;;;bef_vekst\nbef_vekst;;;"), katalog))
                .hasMessage("hovedtall.csv (bef_folkemengde): reserve 'bef_vekst' is a headline figure of its own");
        assertThatThrownBy(() -> Hovedtall.load(med(mappe, "bef_folkemengde;;;bef_finnes_ikke"), katalog))
                .hasMessage("hovedtall.csv line 2 (bef_folkemengde): reserve 'bef_finnes_ikke' not in nokkeltall.csv");
    }

    private static DataSource med(Path mappe, String rader) throws IOException {
        Files.createDirectories(mappe.resolve("kommunefakta"));
        Files.writeString(mappe.resolve("kommunefakta/hovedtall.csv"), "id;retning;grunnlag_for_retning;reserve\n" + rader + "\n",
                StandardCharsets.UTF_8);
        return new DataSource(Optional.of(mappe));
    }
}
