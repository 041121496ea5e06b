package no.kommunefakta.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import no.kommunefakta.testtools.OptionalTool;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The one place browser tests find and start headless Chromium, and set the viewport they look through. */
final class Nettleser {

    private static final String FORMAAL = "the browser tests (pages in headless Chromium, axe)";

    private Nettleser() {
    }

    /**
     * Skips the test (fails it where the tools are required, {@link OptionalTool}) when Chromium or its driver is not
     * on PATH: called before any work, so a machine without them does not render the site for nothing.
     */
    static void kreves() {
        OptionalTool.CHROMIUM.require(FORMAAL);
        OptionalTool.CHROMEDRIVER.require(FORMAAL);
    }

    /** Headless Chromium from PATH with a fresh profile (skipped or failed as {@link #kreves()} says when missing). */
    static ChromeDriver start() {
        Path chromium = OptionalTool.CHROMIUM.require(FORMAAL);
        Path chromedriver = OptionalTool.CHROMEDRIVER.require(FORMAAL);
        Path profil;
        try {
            profil = Files.createTempDirectory("kf-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profil, "--window-size=1280,900");
        ChromeDriverService tjeneste = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
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
