package no.kommunefakta.site.nedlasting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import no.kommunefakta.site.data.Celle;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.nokkeltall.Resultat;
import no.kommunefakta.site.nokkeltall.Tjenesteomraade;
import no.kommunefakta.site.side.Formatering;
import no.kommunefakta.site.model.SiteModel;

/**
 * Writes the per-service-area downloads: all figures with their numerators and denominators for every region, as CSV
 * (UTF-8 with BOM, ';', decimal comma) and as JSON-stat 2.0 with SSB status symbols.
 */
public final class DownloadWriter {

    private static final JsonFactory JSON = new JsonFactory();
    static final List<String> MAAL = List.of("verdi", "teller", "nevner");

    private final SiteModel nettsted;

    public DownloadWriter(SiteModel nettsted) {
        this.nettsted = nettsted;
    }

    /** Years of the area's downloads: every candidate year of its figures. */
    public SortedSet<Integer> aar(Tjenesteomraade o) {
        SortedSet<Integer> s = new TreeSet<>();
        nettsted.katalog().i(o.slug()).forEach(n -> s.addAll(nettsted.beregning().kandidatAar(n)));
        return s;
    }

    /** @return number of data rows written */
    public int csv(Tjenesteomraade o, Writer w) throws IOException {
        w.write('\uFEFF');
        w.write("region_kode;region_navn;region_type;nokkeltall_id;nokkeltall;enhet;aar;verdi;verdi_status;teller;teller_status;nevner;nevner_status;grunnlag;dekning\r\n");
        int rader = 0;
        StringBuilder sb = new StringBuilder(256);
        for (Nokkeltall n : nettsted.katalog().i(o.slug())) {
            for (String r : nettsted.alleRegionkoder()) {
                String navn = nettsted.regionNavn(r);
                String type = nettsted.regionType(r);
                for (Map.Entry<Integer, Resultat> e : nettsted.beregning().resultater(n, r).entrySet()) {
                    Resultat res = e.getValue();
                    sb.setLength(0);
                    sb.append(r).append(';').append(felt(navn)).append(';').append(type).append(';').append(n.id()).append(';')
                            .append(felt(n.navn())).append(';').append(felt(n.enhet())).append(';').append(e.getKey()).append(';');
                    celle(sb, res.verdi());
                    celle(sb, res.teller());
                    celle(sb, res.nevner());
                    sb.append(res.grunnlag()).append(';').append(res.dekning()).append("\r\n");
                    w.write(sb.toString());
                    rader++;
                }
            }
        }
        return rader;
    }

    private static void celle(StringBuilder sb, Celle c) {
        if (c.harTall()) {
            sb.append(csvTall(c.verdi()));
        }
        sb.append(';').append(c.status().symbol()).append(';');
    }

    static String csvTall(BigDecimal v) {
        int scale = Math.max(0, v.stripTrailingZeros().scale());
        return Formatering.tall(v, scale, '\0', ',', "-");
    }

    private static String felt(String s) {
        return s.indexOf(';') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** JSON-stat 2.0 dataset: region x nokkeltall x maal (verdi/teller/nevner) x Tid, status per cell. */
    public void jsonstat(Tjenesteomraade o, OutputStream out) throws IOException {
        List<Nokkeltall> figurer = nettsted.katalog().i(o.slug());
        List<String> regioner = nettsted.alleRegionkoder();
        List<Integer> aar = new ArrayList<>(aar(o));
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("version", "2.0");
            g.writeStringField("class", "dataset");
            g.writeStringField("label", "Kommunefakta: " + o.navn() + " – nøkkeltall med teller og nevner, alle regioner");
            g.writeStringField("source", "Statistisk sentralbyrå (CC BY 4.0), Statens vegvesen NVDB; beregnet av Kommunefakta");
            g.writeArrayFieldStart("note");
            g.writeString("Aggregater (EKA fylke, EKG KOSTRA-gruppe, EAK landet, EAKUO landet uten Oslo) er sum av tellere delt på sum av nevnere, eller SSBs publiserte tall.");
            g.writeString("Status: '..' tallgrunnlag mangler, '.' ikke mulig å oppgi tall, ':' vises ikke av konfidensialitetshensyn.");
            g.writeEndArray();
            g.writeArrayFieldStart("id");
            for (String s : List.of("region", "nokkeltall", "maal", "Tid")) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("size");
            g.writeNumber(regioner.size());
            g.writeNumber(figurer.size());
            g.writeNumber(MAAL.size());
            g.writeNumber(aar.size());
            g.writeEndArray();
            g.writeObjectFieldStart("role");
            g.writeArrayFieldStart("geo");
            g.writeString("region");
            g.writeEndArray();
            g.writeArrayFieldStart("time");
            g.writeString("Tid");
            g.writeEndArray();
            g.writeArrayFieldStart("metric");
            g.writeString("nokkeltall");
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("dimension");
            dimensjon(g, "region", "region", regioner, regioner.stream().map(nettsted::regionNavn).toList(), null);
            dimensjon(g, "nokkeltall", "nøkkeltall", figurer.stream().map(Nokkeltall::id).toList(),
                    figurer.stream().map(Nokkeltall::navn).toList(), figurer);
            dimensjon(g, "maal", "mål", MAAL, List.of("Verdi", "Teller", "Nevner"), null);
            dimensjon(g, "Tid", "år", aar.stream().map(String::valueOf).toList(), aar.stream().map(String::valueOf).toList(), null);
            g.writeEndObject();
            g.writeArrayFieldStart("value");
            int idx = 0;
            // the cells come in index order, so the status map is written in that order without sorting
            List<Integer> statusIndeks = new ArrayList<>();
            List<String> statusSymbol = new ArrayList<>();
            for (String r : regioner) {
                for (Nokkeltall n : figurer) {
                    Map<Integer, Resultat> res = nettsted.beregning().resultater(n, r);
                    for (int m = 0; m < MAAL.size(); m++) {
                        for (int a : aar) {
                            Resultat x = res.getOrDefault(a, Resultat.MANGLER);
                            Celle c = m == 0 ? x.verdi() : m == 1 ? x.teller() : x.nevner();
                            if (c.harTall()) {
                                g.writeNumber(c.verdi());
                            } else {
                                g.writeNull();
                                statusIndeks.add(idx);
                                statusSymbol.add(c.status().symbol());
                            }
                            idx++;
                        }
                    }
                }
            }
            g.writeEndArray();
            g.writeObjectFieldStart("status");
            for (int i = 0; i < statusIndeks.size(); i++) {
                g.writeStringField(String.valueOf(statusIndeks.get(i)), statusSymbol.get(i));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void dimensjon(JsonGenerator g, String id, String label, List<String> koder, List<String> etiketter,
            List<Nokkeltall> enheter) throws IOException {
        g.writeObjectFieldStart(id);
        g.writeStringField("label", label);
        g.writeObjectFieldStart("category");
        g.writeObjectFieldStart("index");
        for (int i = 0; i < koder.size(); i++) {
            g.writeNumberField(koder.get(i), i);
        }
        g.writeEndObject();
        g.writeObjectFieldStart("label");
        for (int i = 0; i < koder.size(); i++) {
            g.writeStringField(koder.get(i), etiketter.get(i));
        }
        g.writeEndObject();
        if (enheter != null) {
            g.writeObjectFieldStart("unit");
            for (Nokkeltall n : enheter) {
                g.writeObjectFieldStart(n.id());
                g.writeStringField("base", n.enhet());
                g.writeNumberField("decimals", n.desimaler());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
