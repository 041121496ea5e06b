package no.kommunefakta.site.kart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopoJsonTest {

    @Test
    void kvantiserteBuerDeltaDekodes() {
        String json = """
                {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[10,60]},
                 "objects":{"Omr":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","arcs":[[0,1]],"properties":{"kode":"0001","navn":"Å"}},
                   {"type":"MultiPolygon","arcs":[[[-2]],[[2]]],"properties":{"kode":"0002","navn":"B"}}]}},
                 "arcs":[[[0,0],[2,0],[0,4]],[[2,4],[-2,-4]],[[4,4],[1,0],[0,1],[-1,0]]]}
                """;
        TopoJson.Topologi t = KartTestdata.topologi(json);
        assertThat(t.lon()[0]).containsExactly(10, 11, 11);
        assertThat(t.lat()[0]).containsExactly(60, 60, 61);
        assertThat(t.lon()[2]).containsExactly(12, 12.5, 12.5, 12);
        assertThat(t.flater()).extracting(TopoJson.Geometri::kode).containsExactly("0001", "0002");
        assertThat(t.flater().get(0).navn()).isEqualTo("Å");
        assertThat(t.flater().get(1).ringer()).hasSize(2);
        assertThat(t.flater().get(1).ringer().get(0)).containsExactly(~1);
    }

    @Test
    void ukvantiserteBuerLesesSomDeEr() {
        String json = """
                {"type":"Topology","arcs":[[[4.5,58.25],[5.5,59.0],[4.5,58.25]]],
                 "objects":{"Omr":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","arcs":[[0]],"properties":{"kode":"11","navn":"X"}}]}}}
                """;
        TopoJson.Topologi t = KartTestdata.topologi(json);
        assertThat(t.lon()[0]).containsExactly(4.5, 5.5, 4.5);
        assertThat(t.lat()[0]).containsExactly(58.25, 59.0, 58.25);
    }

    @Test
    void feilNavngirFeltOgVerdi() {
        String ukjentBue = """
                {"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"Omr":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","arcs":[[0,5]],"properties":{"kode":"0001"}}]}}}
                """;
        assertThatThrownBy(() -> KartTestdata.topologi(ukjentBue)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("geometry 0001 refers to arc 5, the topology has 1");
        String linje = """
                {"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"Omr":{"type":"GeometryCollection","geometries":[
                   {"type":"LineString","arcs":[0],"properties":{"kode":"0002"}}]}}}
                """;
        assertThatThrownBy(() -> KartTestdata.topologi(linje)).hasMessageContaining("geometry 0002 has type 'LineString'");
        String utenKode = """
                {"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"Omr":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","arcs":[[0]],"properties":{"navn":"Y"}}]}}}
                """;
        assertThatThrownBy(() -> KartTestdata.topologi(utenKode)).hasMessageContaining("geometry 0 has no property 'kode'");
        assertThatThrownBy(() -> KartTestdata.topologi("{\"type\":\"FeatureCollection\"}"))
                .hasMessageContaining("type is 'FeatureCollection', expected 'Topology'");
    }
}
