package no.kommunefakta.site.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class GrupperTest {

    private static final Grupper G = Grupper.av(Map.of("0301", "13", "4601", "12", "3201", "12"),
            Map.of("12", "KOSTRA-gruppe 12", "13", "KOSTRA-gruppe 13"));

    @Test
    void klasseMedlemmerOgFragment() {
        assertThat(G.klasse("4601")).isEqualTo("g12");
        assertThat(G.klasse("1151")).as("no group").isEmpty();
        assertThat(G.medlemmer("12")).containsExactly("3201", "4601");
        assertThat(Grupper.fragment("kart", "12")).isEqualTo("kart-g12");
        assertThat(Grupper.INGEN.tom()).isTrue();
    }

    @Test
    void stilSkjulerLegendenOgMarkererGruppenNaarDenErMaal() {
        StringBuilder sb = new StringBuilder();
        G.stil(sb, "f", "path.%s", "fill:#0b57a4");
        assertThat(sb).hasToString("#f .gl{display:none}#f .gl:target{display:inline}"
                + "#f:has(#f-g12:target,.g12:target) #f-g12{display:inline}#f:has(#f-g12:target,.g12:target) path.g12{fill:#0b57a4}"
                + "#f:has(#f-g13:target,.g13:target) #f-g13{display:inline}#f:has(#f-g13:target,.g13:target) path.g13{fill:#0b57a4}");
        StringBuilder ingen = new StringBuilder();
        Grupper.INGEN.stil(ingen, "f", "path.%s", "fill:red");
        assertThat(ingen).isEmpty();
    }

    @Test
    void ugyldigeGrupper() {
        assertThatThrownBy(() -> Grupper.av(Map.of("0301", "13"), Map.of("12", "KOSTRA-gruppe 12")))
                .hasMessage("region '0301' is in group '13', which has no text");
        assertThatThrownBy(() -> Grupper.av(Map.of(), Map.of("1 2", "x"))).hasMessage("group key '1 2' must be letters and digits (it is a CSS class)");
        assertThatThrownBy(() -> G.stil(new StringBuilder(), "f", "path.%s")).hasMessage("selectors and rules come in pairs");
    }
}
