package no.kommunefakta.site.kart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * Reads a TopoJSON topology (Polygon and MultiPolygon geometries of one named object) with Jackson's streaming
 * parser only: no tree, no data binding, so reading ~1.6 MB costs little more than tokenizing it. Quantized arcs
 * ({@code transform}) are delta-decoded; unquantized ones are taken as they are.
 */
final class TopoJson {

    private static final JsonFactory FABRIKK = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

    /**
     * The topology as read, coordinates still longitude/latitude.
     *
     * @param lon      per arc, the longitudes
     * @param lat      per arc, the latitudes
     * @param flater   the geometries of the object, in file order
     */
    record Topologi(double[][] lon, double[][] lat, List<Geometri> flater) {
    }

    /**
     * One geometry: its code, name and rings (each ring a list of arc references; {@code ~i} = arc i reversed).
     * Polygons are flattened: the renderer fills with the even-odd rule, so holes need no grouping.
     */
    record Geometri(String kode, String navn, List<int[]> ringer) {
    }

    private TopoJson() {
    }

    static Topologi read(InputStream in, String kilde, String objekt, String kodeFelt, String navnFelt) {
        try (JsonParser p = FABRIKK.createParser(in)) {
            forvent(p, p.nextToken(), JsonToken.START_OBJECT, kilde, "topology");
            double[] skala = null;
            double[] flytt = null;
            List<Geometri> geometrier = null;
            List<double[]> buer = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String felt = p.currentName();
                JsonToken t = p.nextToken();
                switch (felt) {
                    case "type" -> {
                        if (!"Topology".equals(p.getValueAsString())) {
                            throw new IllegalArgumentException(kilde + ": type is '" + p.getValueAsString() + "', expected 'Topology'");
                        }
                    }
                    case "transform" -> {
                        forvent(p, t, JsonToken.START_OBJECT, kilde, "transform");
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String navn = p.currentName();
                            p.nextToken();
                            if (navn.equals("scale")) {
                                skala = par(p, kilde, "transform.scale");
                            } else if (navn.equals("translate")) {
                                flytt = par(p, kilde, "transform.translate");
                            } else {
                                p.skipChildren();
                            }
                        }
                        if (skala == null || flytt == null) {
                            throw new IllegalArgumentException(kilde + ": transform needs both scale and translate");
                        }
                    }
                    case "objects" -> {
                        forvent(p, t, JsonToken.START_OBJECT, kilde, "objects");
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String navn = p.currentName();
                            p.nextToken();
                            if (navn.equals(objekt)) {
                                geometrier = objekt(p, kilde, kodeFelt, navnFelt);
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                    case "arcs" -> {
                        forvent(p, t, JsonToken.START_ARRAY, kilde, "arcs");
                        buer = lesBuer(p, kilde);
                    }
                    default -> p.skipChildren();
                }
            }
            if (buer == null || geometrier == null) {
                throw new IllegalArgumentException(kilde + ": topology has no " + (buer == null ? "arcs" : "object '" + objekt + "'"));
            }
            int n = buer.size();
            double[][] lon = new double[n][];
            double[][] lat = new double[n][];
            for (int i = 0; i < n; i++) {
                double[] b = buer.get(i);
                int m = b.length / 2;
                lon[i] = new double[m];
                lat[i] = new double[m];
                double x = 0;
                double y = 0;
                for (int j = 0; j < m; j++) {
                    if (skala == null) {
                        x = b[2 * j];
                        y = b[2 * j + 1];
                        lon[i][j] = x;
                        lat[i][j] = y;
                    } else {
                        x += b[2 * j];
                        y += b[2 * j + 1];
                        lon[i][j] = x * skala[0] + flytt[0];
                        lat[i][j] = y * skala[1] + flytt[1];
                    }
                }
            }
            for (Geometri g : geometrier) {
                for (int[] ring : g.ringer()) {
                    for (int a : ring) {
                        if ((a < 0 ? ~a : a) >= n) {
                            throw new IllegalArgumentException(kilde + ": geometry " + g.kode() + " refers to arc " + a
                                    + ", the topology has " + n);
                        }
                    }
                }
            }
            return new Topologi(lon, lat, geometrier);
        } catch (IOException e) {
            throw new UncheckedIOException(kilde + ": not readable as TopoJSON: " + e.getMessage(), e);
        }
    }

    private static List<double[]> lesBuer(JsonParser p, String kilde) throws IOException {
        List<double[]> buer = new ArrayList<>(2048);
        double[] buf = new double[256];
        while (p.nextToken() == JsonToken.START_ARRAY) {
            int n = 0;
            while (p.nextToken() == JsonToken.START_ARRAY) {
                forvent(p, p.nextToken(), JsonToken.VALUE_NUMBER_FLOAT, JsonToken.VALUE_NUMBER_INT, kilde, "arc " + buer.size() + " x");
                double x = p.getDoubleValue();
                forvent(p, p.nextToken(), JsonToken.VALUE_NUMBER_FLOAT, JsonToken.VALUE_NUMBER_INT, kilde, "arc " + buer.size() + " y");
                double y = p.getDoubleValue();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    p.skipChildren(); // a third ordinate (z) is not used
                }
                if (n + 2 > buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
                buf[n++] = x;
                buf[n++] = y;
            }
            if (n < 4) {
                throw new IllegalArgumentException(kilde + ": arc " + buer.size() + " has " + n / 2 + " positions, at least 2 needed");
            }
            buer.add(java.util.Arrays.copyOf(buf, n));
        }
        return buer;
    }

    private static double[] par(JsonParser p, String kilde, String hva) throws IOException {
        forvent(p, p.currentToken(), JsonToken.START_ARRAY, kilde, hva);
        double[] ut = new double[2];
        for (int i = 0; i < 2; i++) {
            forvent(p, p.nextToken(), JsonToken.VALUE_NUMBER_FLOAT, JsonToken.VALUE_NUMBER_INT, kilde, hva);
            ut[i] = p.getDoubleValue();
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
        }
        return ut;
    }

    private static List<Geometri> objekt(JsonParser p, String kilde, String kodeFelt, String navnFelt) throws IOException {
        forvent(p, p.currentToken(), JsonToken.START_OBJECT, kilde, "object");
        List<Geometri> ut = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String felt = p.currentName();
            JsonToken t = p.nextToken();
            if (felt.equals("geometries")) {
                forvent(p, t, JsonToken.START_ARRAY, kilde, "geometries");
                ut = new ArrayList<>();
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    ut.add(geometri(p, kilde, kodeFelt, navnFelt, ut.size()));
                }
            } else {
                p.skipChildren();
            }
        }
        if (ut == null) {
            throw new IllegalArgumentException(kilde + ": object has no geometries");
        }
        return List.copyOf(ut);
    }

    private static Geometri geometri(JsonParser p, String kilde, String kodeFelt, String navnFelt, int nr) throws IOException {
        String type = "";
        Object buer = null;
        Map<String, String> egenskaper = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String felt = p.currentName();
            JsonToken t = p.nextToken();
            switch (felt) {
                case "type" -> type = p.getValueAsString("");
                case "arcs" -> buer = nestet(p, kilde);
                case "properties" -> {
                    forvent(p, t, JsonToken.START_OBJECT, kilde, "geometry " + nr + " properties");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String navn = p.currentName();
                        if (p.nextToken().isScalarValue()) {
                            egenskaper.put(navn, p.getValueAsString(""));
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        String kode = egenskaper.getOrDefault(kodeFelt, "");
        if (kode.isBlank()) {
            throw new IllegalArgumentException(kilde + ": geometry " + nr + " has no property '" + kodeFelt + "'");
        }
        List<int[]> ringer = new ArrayList<>();
        switch (type) {
            case "Polygon" -> polygon(buer, ringer, kilde, kode);
            case "MultiPolygon" -> {
                for (Object poly : liste(buer, kilde, kode)) {
                    polygon(poly, ringer, kilde, kode);
                }
            }
            default -> throw new IllegalArgumentException(kilde + ": geometry " + kode + " has type '" + type
                    + "', only Polygon and MultiPolygon are supported");
        }
        return new Geometri(kode, egenskaper.getOrDefault(navnFelt, ""), List.copyOf(ringer));
    }

    /** Nested arrays of integers as lists ending in int[]. */
    private static Object nestet(JsonParser p, String kilde) throws IOException {
        forvent(p, p.currentToken(), JsonToken.START_ARRAY, kilde, "arcs of a geometry");
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.END_ARRAY) {
            int[] buf = new int[16];
            int n = 0;
            while (t == JsonToken.VALUE_NUMBER_INT) {
                if (n == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, n * 2);
                }
                buf[n++] = p.getIntValue();
                t = p.nextToken();
            }
            forvent(p, t, JsonToken.END_ARRAY, kilde, "arc reference");
            return java.util.Arrays.copyOf(buf, n);
        }
        List<Object> ut = new ArrayList<>();
        while (t == JsonToken.START_ARRAY) {
            ut.add(nestet(p, kilde));
            t = p.nextToken();
        }
        forvent(p, t, JsonToken.END_ARRAY, kilde, "arc reference list");
        return ut;
    }

    private static List<?> liste(Object o, String kilde, String kode) {
        if (o instanceof List<?> l) {
            return l;
        }
        if (o instanceof int[] a && a.length == 0) {
            return List.of();
        }
        throw new IllegalArgumentException(kilde + ": geometry " + kode + " has arcs nested too shallowly for its type");
    }

    private static void polygon(Object polygon, List<int[]> ut, String kilde, String kode) {
        for (Object ring : liste(polygon, kilde, kode)) {
            if (!(ring instanceof int[] r)) {
                throw new IllegalArgumentException(kilde + ": geometry " + kode + " has arcs nested too deeply for its type");
            }
            ut.add(r);
        }
    }

    private static void forvent(JsonParser p, JsonToken t, JsonToken vil, String kilde, String hva) {
        forvent(p, t, vil, vil, kilde, hva);
    }

    private static void forvent(JsonParser p, JsonToken t, JsonToken vil, JsonToken ellerVil, String kilde, String hva) {
        if (t != vil && t != ellerVil) {
            throw new IllegalArgumentException(kilde + ": " + hva + " at line " + p.currentLocation().getLineNr() + " column "
                    + p.currentLocation().getColumnNr() + " is " + t + ", expected " + vil);
        }
    }
}
