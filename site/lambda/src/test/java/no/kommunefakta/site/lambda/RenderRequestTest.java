package no.kommunefakta.site.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.kommunefakta.publish.PageCountOverride;

/** The render event as JSON (what publish.yml, the schedule and operators send) → the validated page-count override. */
class RenderRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noOverrideWhenAbsentOrEmpty() throws Exception {
        assertThat(event("{\"trigger\":\"schedule\"}").pageCountOverride()).isEmpty();
        assertThat(event("{\"action\":\"publish\",\"trigger\":\"workflow_dispatch\",\"allowFewerPages\":\"\",\"reason\":\"\"}")
                .pageCountOverride()).isEmpty();
        assertThat(event("{\"action\":\"rollback\",\"allowFewerPages\":\" \"}").pageCountOverride()).isEmpty();
    }

    @Test
    void aCountAndAReasonMakeTheOverrideAsTextOrNumber() throws Exception {
        assertThat(event("{\"trigger\":\"workflow_dispatch\",\"allowFewerPages\":\"356\",\"reason\":\"Haram merged into Ålesund\"}")
                .pageCountOverride()).contains(new PageCountOverride(356, "Haram merged into Ålesund"));
        assertThat(event("{\"action\":\"publish\",\"trigger\":\"operator\",\"allowFewerPages\":356,\"reason\":\"merged\"}")
                .pageCountOverride()).contains(new PageCountOverride(356, "merged"));
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndValue() {
        assertThatThrownBy(() -> event("{\"allowFewerPages\":\"abc\",\"reason\":\"merged\"}").pageCountOverride())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allowFewerPages: 'abc' is not a page count (a whole number of at least 1)");
        assertThatThrownBy(() -> event("{\"allowFewerPages\":-3,\"reason\":\"merged\"}").pageCountOverride())
                .hasMessage("allowFewerPages: '-3' is not a page count (a whole number of at least 1)");
        assertThatThrownBy(() -> event("{\"allowFewerPages\":3.5,\"reason\":\"merged\"}").pageCountOverride())
                .hasMessage("allowFewerPages: '3.5' is not a page count (a whole number of at least 1)");
        assertThatThrownBy(() -> event("{\"allowFewerPages\":\"0\",\"reason\":\"merged\"}").pageCountOverride())
                .hasMessage("allowFewerPages: 0 is not a page count (a whole number of at least 1)");
        assertThatThrownBy(() -> event("{\"allowFewerPages\":\"99999999999\",\"reason\":\"merged\"}").pageCountOverride())
                .hasMessage("allowFewerPages: '99999999999' is not a page count (a whole number of at least 1)");
        assertThatThrownBy(() -> event("{\"allowFewerPages\":\"356\"}").pageCountOverride())
                .hasMessage("reason: required with allowFewerPages=356 (why the site legitimately shrinks)");
        assertThatThrownBy(() -> event("{\"allowFewerPages\":\"356\",\"reason\":\"merged\\nERROR forged line\"}").pageCountOverride())
                .hasMessage("reason: 'merged?ERROR forged line' must be one line of text without control characters");
        assertThatThrownBy(() -> event("{\"reason\":\"merged\"}").pageCountOverride())
                .hasMessage("reason: 'merged' given without allowFewerPages");
    }

    @Test
    void onlyAnOperatorsPublicationCarriesAnOverride() {
        assertThatThrownBy(() -> event("{\"trigger\":\"schedule\",\"allowFewerPages\":\"356\",\"reason\":\"merged\"}").pageCountOverride())
                .hasMessage("allowFewerPages: '356' in a scheduled run; only an operator's run may allow fewer pages");
        assertThatThrownBy(() -> event("{\"action\":\"rollback\",\"allowFewerPages\":\"356\",\"reason\":\"merged\"}").pageCountOverride())
                .hasMessage("allowFewerPages: '356' applies to action publish only, not rollback");
    }

    private static RenderRequest event(String json) throws Exception {
        return JSON.readValue(json, RenderRequest.class);
    }
}
