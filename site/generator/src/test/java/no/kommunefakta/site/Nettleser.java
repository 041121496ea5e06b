package no.kommunefakta.site;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The one place browser tests find and start headless Chromium, and set the viewport they look through. */
final class Nettleser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Nettleser() {
    }

    /** Headless Chromium with a fresh profile; fails the test when Chromium or its driver is missing. */
    static ChromeDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("Chromium is required for the browser tests: apt-get update && apt-get install -y chromium chromium-driver");
        }
        Path profil;
        try {
            profil = Files.createTempDirectory("kf-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profil, "--window-size=1280,900");
        ChromeDriverService tjeneste = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(tjeneste, o);
        // axe on a figure page with 357 ranked rows needs more than the default on a busy 2-core machine
        d.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
        return d;
    }

    /** The page is laid out for a screen of this size in CSS pixels (a phone below 600 px: the meta viewport applies). */
    static void visning(ChromeDriver d, int bredde, int hoyde) {
        d.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", bredde, "height", hoyde, "deviceScaleFactor", 1,
                "mobile", bredde < 600));
    }
}
