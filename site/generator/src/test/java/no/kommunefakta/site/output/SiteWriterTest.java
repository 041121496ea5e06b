package no.kommunefakta.site.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    private static final FileTime GAMMEL = FileTime.fromMillis(1_000_000_000_000L);

    @Test
    void enFilMedSammeInnholdSkrivesIkkePaaNyttMenTellesOgBeholdes(@TempDir Path dir) throws IOException {
        SiteWriter forste = SiteWriter.open(dir);
        forste.write("kommune/oslo/kart.svg", "kart", bytes("<svg/>"));
        forste.write("kommune/oslo/diagram/a.svg", "diagram", bytes("<svg>a</svg>"));
        forste.write("gammel.svg", "kart", bytes("<svg>borte</svg>"));
        Files.setLastModifiedTime(dir.resolve("kommune/oslo/kart.svg"), GAMMEL);
        Files.setLastModifiedTime(dir.resolve("kommune/oslo/diagram/a.svg"), GAMMEL);

        SiteWriter andre = SiteWriter.open(dir);
        andre.write("kommune/oslo/kart.svg", "kart", bytes("<svg/>"));
        andre.write("kommune/oslo/diagram/a.svg", "diagram", bytes("<svg>A</svg>"));
        andre.removeStale();

        // unchanged bytes: the file is left alone (same time), but counted as written and kept by removeStale
        assertThat(Files.getLastModifiedTime(dir.resolve("kommune/oslo/kart.svg"))).isEqualTo(GAMMEL);
        assertThat(Files.readString(dir.resolve("kommune/oslo/kart.svg"))).isEqualTo("<svg/>");
        // same length, other bytes: rewritten
        assertThat(Files.readString(dir.resolve("kommune/oslo/diagram/a.svg"))).isEqualTo("<svg>A</svg>");
        assertThat(Files.getLastModifiedTime(dir.resolve("kommune/oslo/diagram/a.svg"))).isNotEqualTo(GAMMEL);
        assertThat(andre.files()).isEqualTo(2);
        assertThat(andre.bytes()).isEqualTo(6 + 12);
        assertThat(dir.resolve("gammel.svg")).doesNotExist();
    }

    @Test
    void aShorterOrLongerRewriteLeavesExactlyTheNewBytesAndStaleFoldersGo(@TempDir Path dir) throws IOException {
        SiteWriter forste = SiteWriter.open(dir);
        forste.write("kommune/oslo/index.html", "side", bytes("<p>en lang gammel side</p>"));
        forste.binary("kommune/oslo/data.json", "json", o -> o.write(bytes("{\"gammel\":\"og lang\"}")));
        forste.write("kommune/borte/index.html", "side", bytes("<p>borte</p>"));
        forste.write("kommune/borte/diagram/a.svg", "diagram", bytes("<svg/>"));

        SiteWriter andre = SiteWriter.open(dir);
        andre.listExisting();
        andre.write("kommune/oslo/index.html", "side", bytes("<p>ny</p>"));
        andre.binary("kommune/oslo/data.json", "json", o -> {
            o.write(bytes("{\"ny\":1}"));
            o.close(); // a JSON generator closes its target
        });
        andre.write("kommune/oslo/kart.svg", "kart", bytes("<svg>ny fil, lengre enn før</svg>"));
        andre.removeStale();

        assertThat(Files.readString(dir.resolve("kommune/oslo/index.html"))).isEqualTo("<p>ny</p>");
        assertThat(Files.readString(dir.resolve("kommune/oslo/data.json"))).isEqualTo("{\"ny\":1}");
        assertThat(Files.readString(dir.resolve("kommune/oslo/kart.svg"))).isEqualTo("<svg>ny fil, lengre enn før</svg>");
        assertThat(andre.bytes()).isEqualTo(9 + 8 + "<svg>ny fil, lengre enn før</svg>".getBytes(StandardCharsets.UTF_8).length);
        assertThat(dir.resolve("kommune/borte")).doesNotExist();
        assertThat(dir.resolve(SiteWriter.MARKER)).exists();
        try (var s = Files.list(dir.resolve("kommune"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("oslo");
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
