package no.kommunefakta.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReleaseRouterTest {

    @Test
    void cleanUrlsReachObjectsInTheLiveRelease() {
        assertThat(ReleaseRouter.location("/", "r7")).contains("/releases/r7/index.html");
        assertThat(ReleaseRouter.location("/kommune/oslo", "r7")).contains("/releases/r7/kommune/oslo/index.html");
        assertThat(ReleaseRouter.location("/data/barnehage.csv", "r7")).contains("/releases/r7/data/barnehage.csv");
        assertThat(ReleaseRouter.location("/kommune/", "r7")).contains("/releases/r7/kommune/index.html");
        assertThat(ReleaseRouter.location("/kommune/0301.html", "r7")).contains("/releases/r7/kommune/0301.html");
        assertThat(ReleaseRouter.location("", "r7")).contains("/releases/r7/index.html");
    }

    @Test
    void climbingPathsAreNotRouted() {
        assertThat(ReleaseRouter.location("/../current", "r7")).isEmpty();
        assertThat(ReleaseRouter.location("kommune", "r7")).isEmpty();
    }

    @Test
    void pointerKeepsHistoryNewestFirstWithinRetention() {
        var p = new Pointer(List.of("r2", "r1"));
        assertThat(p.advance("r3", 2).releases()).containsExactly("r3", "r2");
        assertThat(p.rollBack().releases()).containsExactly("r1");
        assertThat(Pointer.parse(p.toBytes())).isEqualTo(p);
        assertThatThrownBy(() -> new Pointer(List.of())).hasMessageStartingWith("releases:");
        assertThatThrownBy(() -> new Pointer(List.of("a", "a"))).hasMessageContaining("duplicate");
    }
}
