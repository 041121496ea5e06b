package no.kommunefakta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** Bad command-line input gives a clear message and exit code 2, never a stack trace. */
@QuarkusMainTest
class KommandolinjeTest {

    @Test
    @Launch(value = {}, exitCode = 2)
    void utenArgumenterVisesBruk(LaunchResult r) {
        assertThat(r.getErrorOutput()).contains("render [--offline] [utmappe]", "serve [--offline] [--port N]", "refresh [--data-dir DIR]");
    }

    @Test
    @Launch(value = {"serve", "--port", "nitti"}, exitCode = 2)
    void ugyldigPortNavngis(LaunchResult r) {
        assertThat(r.getErrorOutput()).contains("--port: 'nitti' is not a number");
    }

    @Test
    void fremmedMappeOverskrivesIkke(QuarkusMainLauncher launcher) throws IOException {
        Path fremmed = Files.createTempDirectory("kf-fremmed");
        Files.writeString(fremmed.resolve("viktig.txt"), "ikke slett meg");
        LaunchResult r = launcher.launch("render", fremmed.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.getErrorOutput()).contains("is not empty and was not written by this generator").doesNotContain("at no.kommunefakta");
        assertThat(fremmed.resolve("viktig.txt")).hasContent("ikke slett meg");
    }
}
