package no.kommunefakta.publish;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Command line for the publisher (operators with S3 credentials; the render Lambda is the publication path):
 * <pre>
 *   publish &lt;siteDir&gt; --bucket B --region R --release ID [--retention N] [--allow-fewer-pages N --reason TEXT]
 *   rollback --bucket B --region R
 *   status --bucket B --region R
 * </pre>
 * {@code --allow-fewer-pages N --reason TEXT} publishes a legitimate shrink: the release must have exactly N pages
 * ({@link PageCountOverride}).
 * With {@code --key-value-store <arn>} (stack output ReleaseStoreArn) publish and rollback also switch the edge.
 * Exit 0 on success, 1 when the publication or rollback failed (live site unchanged), 2 on usage errors.
 */
public final class PublishCommand {

    private PublishCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> args) {
        if (args.isEmpty()) {
            return usage("missing command");
        }
        Map<String, String> options = new HashMap<>();
        List<String> positional = new java.util.ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                if (i + 1 >= args.size()) {
                    return usage("option " + a + " needs a value");
                }
                options.put(a.substring(2), args.get(++i));
            } else {
                positional.add(a);
            }
        }
        String bucket = options.get("bucket");
        String region = options.getOrDefault("region", System.getenv().getOrDefault("AWS_REGION", ""));
        if (bucket == null || region.isEmpty()) {
            return usage("--bucket and --region (or AWS_REGION) are required");
        }
        int retention;
        try {
            retention = Integer.parseInt(options.getOrDefault("retention", "5"));
        } catch (NumberFormatException e) {
            return usage("--retention: '" + options.get("retention") + "' is not a number");
        }
        try (var s3 = S3Clients.create(region, Optional.ofNullable(options.get("endpoint")).map(java.net.URI::create))) {
            // the edge reads the live release from the KeyValueStore: without it a CLI rollback would only move the pointer
            EdgeSwitch edge = Optional.ofNullable(options.get("key-value-store"))
                    .<EdgeSwitch>map(arn -> new KeyValueStoreSwitch(arn, Optional.empty(),
                            software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider.builder().build(), java.time.Clock.systemUTC()))
                    .orElse(EdgeSwitch.NONE);
            var publisher = new SitePublisher(s3, bucket, retention, SitePublisher.DEFAULT_PARALLEL_UPLOADS, edge,
                    SitePublisher.DEFAULT_UPLOAD_GRACE);
            switch (args.get(0)) {
                case "publish" -> {
                    if (positional.size() != 1 || !options.containsKey("release")) {
                        return usage("publish <siteDir> --release ID");
                    }
                    Optional<PageCountOverride> override;
                    try {
                        override = pageCountOverride(options);
                    } catch (IllegalArgumentException e) {
                        return usage(e.getMessage());
                    }
                    var result = publisher.publish(Path.of(positional.get(0)), options.get("release"), override);
                    System.out.printf("published %s (%d files, %d bytes, %d pages; %d before); previous %s; pruned %s%s%n",
                            result.release(), result.files(), result.bytes(), result.pages(), result.livePages(), result.previous(),
                            result.pruned(), result.override().map(o -> "; allowFewerPages=" + o.pages() + ", reason: " + o.reason())
                                    .orElse(""));
                }
                case "rollback" -> System.out.println("rolled back; live release now " + publisher.rollBack().current());
                case "status" -> System.out.println(publisher.current().map(p -> "live " + p.current() + ", history " + p.releases())
                        .orElse("nothing published"));
                default -> {
                    return usage("unknown command '" + args.get(0) + "'");
                }
            }
            return 0;
        } catch (PublishException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** {@code --allow-fewer-pages N --reason TEXT}: both or neither. */
    static Optional<PageCountOverride> pageCountOverride(Map<String, String> options) {
        String pages = options.get("allow-fewer-pages");
        String reason = options.get("reason");
        if (pages == null) {
            if (reason != null) {
                throw new IllegalArgumentException("--reason: '" + reason + "' given without --allow-fewer-pages");
            }
            return Optional.empty();
        }
        if (!pages.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("--allow-fewer-pages: '" + pages + "' is not a page count (a whole number of at least 1)");
        }
        try {
            return Optional.of(new PageCountOverride(Integer.parseInt(pages), reason));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + e.getMessage().replace("allowFewerPages", "allow-fewer-pages"), e);
        }
    }

    private static int usage(String problem) {
        System.err.println("error: " + problem);
        System.err.println("usage: publish <siteDir> --bucket B --region R --release ID [--retention N]"
                + " [--allow-fewer-pages N --reason TEXT] | rollback --bucket B --region R"
                + " | status --bucket B --region R   (optional --endpoint URL for S3-compatible stores; --key-value-store ARN "
                + "to switch the CloudFront edge too, as the render Lambda does)");
        return 2;
    }
}
