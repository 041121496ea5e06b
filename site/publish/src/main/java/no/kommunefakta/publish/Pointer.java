package no.kommunefakta.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The single pointer object that decides which release readers get.
 *
 * <p>{@code releases} is newest first: element 0 is the live release, element 1 the one a rollback returns to, and
 * so on. The whole history lives in one object, so publishing and rolling back are each exactly one {@code PutObject}
 * and a reader resolves the live release with one {@code GetObject}.
 *
 * <p>Wire format (object {@code current} at the bucket root): UTF-8 text, one release id per line, newest first.
 *
 * @param releases release ids, newest (live) first; never empty
 */
public record Pointer(List<String> releases) {

    private static final Pattern RELEASE_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,99}");

    public Pointer {
        releases = List.copyOf(releases);
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("releases: a pointer needs at least one release");
        }
        releases.forEach(Pointer::requireValidId);
        if (releases.stream().distinct().count() != releases.size()) {
            throw new IllegalArgumentException("releases: duplicate release id in " + releases);
        }
    }

    /** The live release. */
    public String current() {
        return releases.get(0);
    }

    /** True when there is an older release to roll back to. */
    public boolean canRollBack() {
        return releases.size() > 1;
    }

    /** The pointer after publishing {@code releaseId}, keeping at most {@code retention} releases. */
    public Pointer advance(String releaseId, int retention) {
        var next = new ArrayList<String>();
        next.add(requireValidId(releaseId));
        releases.stream().filter(r -> !r.equals(releaseId)).forEach(next::add);
        return new Pointer(next.subList(0, Math.min(Math.max(1, retention), next.size())));
    }

    /** The pointer after a rollback: the live release is dropped, the previous one becomes live. */
    public Pointer rollBack() {
        if (!canRollBack()) {
            throw new IllegalStateException("no previous release to roll back to (only " + current() + ")");
        }
        return new Pointer(releases.subList(1, releases.size()));
    }

    public byte[] toBytes() {
        return (String.join("\n", releases) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Parses the wire format; blank lines are ignored. */
    public static Pointer parse(byte[] bytes) {
        var ids = new String(bytes, StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new Pointer(ids);
    }

    static String requireValidId(String id) {
        if (id == null || !RELEASE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "releaseId: '" + id + "' is not a release id (letters, digits, '.', '_', '-'; at most 100)");
        }
        return id;
    }
}
