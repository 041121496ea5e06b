package no.kommunefakta.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds internal links in a rendered site that lead nowhere, resolving them as the edge does ({@code /a/} and
 * {@code /a} serve {@code a/index.html}; a last segment with a dot names a file).
 */
public final class LinkCheck {

    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");

    private LinkCheck() {
    }

    /** A link that leads nowhere: on {@code page}, to {@code target}. */
    public record BrokenLink(String page, String target) {
    }

    /** Broken internal links in {@code files} (relative path → file), in page order. */
    public static List<BrokenLink> broken(Map<String, Path> files) {
        Set<String> present = files.keySet();
        List<BrokenLink> broken = new ArrayList<>();
        for (var file : files.entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            String html;
            try {
                html = Files.readString(file.getValue(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.getValue(), e);
            }
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                String target = m.group(1);
                resolve(file.getKey(), target).filter(p -> !present.contains(p))
                        .ifPresent(p -> broken.add(new BrokenLink("/" + file.getKey(), target)));
            }
        }
        return broken;
    }

    /** The object a link on {@code page} reaches, or empty for external links, fragments and non-http schemes. */
    static java.util.Optional<String> resolve(String page, String link) {
        String target = link.replace("&amp;", "&");
        int cut = indexOfAny(target, '#', '?');
        if (cut >= 0) {
            target = target.substring(0, cut);
        }
        if (target.isEmpty() || target.startsWith("//") || target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return java.util.Optional.empty();
        }
        String path;
        if (target.startsWith("/")) {
            path = target.substring(1);
        } else {
            int slash = page.lastIndexOf('/');
            path = (slash < 0 ? "" : page.substring(0, slash + 1)) + target;
        }
        path = normalize(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
        if (path.isEmpty() || path.endsWith("/")) {
            return java.util.Optional.of(path + "index.html");
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return java.util.Optional.of(last.contains(".") ? path : path + "/index.html");
    }

    private static String normalize(String path) {
        List<String> out = new ArrayList<>();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else if (!p.equals(".") && !(p.isEmpty() && i < parts.length - 1)) {
                out.add(p);
            }
        }
        return String.join("/", out);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
