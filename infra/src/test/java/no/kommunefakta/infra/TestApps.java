package no.kommunefakta.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import software.amazon.awscdk.App;

/** Builds apps for tests from small placeholder zips (no native build needed; nothing binary committed). */
final class TestApps {

    static final Path ASSETS = Path.of("target", "test-assets");

    private TestApps() {
    }

    static InfraApp.Stacks stacks(String env) {
        return InfraApp.build(app(env));
    }

    static App app(String env) {
        return app(env, Map.of());
    }

    /** An app for {@code env} with the placeholder zips, the GitHub repository and {@code extra} context values. */
    static App app(String env, Map<String, String> extra) {
        Map<String, Object> context = new java.util.HashMap<>(Map.of(
                "env", env,
                "functionsZip", placeholderZip("functions.zip").toString(),
                "siteZip", placeholderZip("site.zip").toString(),
                "authorizerZip", placeholderZip("authorizer.zip").toString(),
                "githubRepo", GITHUB_REPO));
        context.putAll(extra);
        return App.Builder.create().context(context).build();
    }

    static final String GITHUB_REPO = "kommunefakta/kommunefakta";

    /** A zip holding a shell {@code bootstrap}, with fixed timestamps so its bytes (and the asset hash) never change. */
    static synchronized Path placeholderZip(String name) {
        Path zip = ASSETS.resolve(name);
        try {
            Files.createDirectories(ASSETS);
            try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
                var entry = new ZipEntry("bootstrap");
                entry.setLastModifiedTime(FileTime.fromMillis(0));
                out.putNextEntry(entry);
                out.write(("#!/bin/sh\n# placeholder for " + name + " in CDK tests\nexit 1\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }
}
