package no.kommunefakta.site.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A small static file server on 127.0.0.1 for the generated site (directory index, 404 page, content types). */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPER = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "csv", "text/csv; charset=utf-8",
            "xml", "application/xml", "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml");

    private final HttpServer server;
    private final Path rot;

    private StaticServer(HttpServer server, Path rot) {
        this.server = server;
        this.rot = rot;
    }

    /** Starts on 127.0.0.1; port 0 picks a free port. */
    public static StaticServer start(Path rot, int port) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        StaticServer ss = new StaticServer(s, rot.toAbsolutePath().normalize());
        s.createContext("/", ss::haandter);
        s.setExecutor(Executors.newFixedThreadPool(4));
        s.start();
        return ss;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    private void haandter(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                svar(ex, 405, "text/plain; charset=utf-8", "Method not allowed".getBytes());
                return;
            }
            String sti = URI.create(ex.getRequestURI().getRawPath()).getPath();
            Path p = rot.resolve(sti.substring(1)).normalize();
            if (!p.startsWith(rot)) {
                svar(ex, 404, "text/plain; charset=utf-8", "Not found".getBytes());
                return;
            }
            if (Files.isDirectory(p)) {
                if (!sti.endsWith("/")) {
                    ex.getResponseHeaders().add("Location", sti + "/");
                    ex.sendResponseHeaders(301, -1);
                    return;
                }
                p = p.resolve("index.html");
            }
            if (!Files.isRegularFile(p)) {
                Path ikke = rot.resolve("404.html");
                svar(ex, 404, TYPER.get("html"), Files.isRegularFile(ikke) ? Files.readAllBytes(ikke) : "Not found".getBytes());
                return;
            }
            String navn = p.getFileName().toString();
            String ext = navn.substring(navn.lastIndexOf('.') + 1);
            svar(ex, 200, TYPER.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(p));
        }
    }

    private static void svar(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
