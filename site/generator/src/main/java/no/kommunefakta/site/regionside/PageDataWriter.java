package no.kommunefakta.site.regionside;

import java.io.IOException;
import java.io.OutputStream;
import java.math.RoundingMode;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import no.kommunefakta.site.region.Navn;
import no.kommunefakta.site.side.Tall;

/** The JSON file next to every region page: exactly the figures the page shows, streamed. */
public final class PageDataWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private PageDataWriter() {
    }

    public static void write(RegionSide side, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("region");
            g.writeStringField("type", side.type());
            g.writeStringField("kode", side.kode());
            g.writeStringField("navn", side.navn());
            g.writeArrayFieldStart("parallelleNavn");
            for (Navn p : side.parallelleNavn()) {
                g.writeStartObject();
                g.writeStringField("navn", p.navn());
                g.writeStringField("spraak", p.spraak());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("side", side.sti());
            g.writeEndObject();
            g.writeArrayFieldStart("kolonner");
            for (String k : side.kolonner()) {
                g.writeString(k);
            }
            g.writeEndArray();
            g.writeStringField("grunnlag", side.grunnlagTekst());
            g.writeObjectFieldStart("symboler");
            g.writeStringField("..", "Tallgrunnlag mangler");
            g.writeStringField(".", "Ikke mulig å oppgi tall");
            g.writeStringField(":", "Vises ikke av konfidensialitetshensyn");
            g.writeEndObject();
            g.writeArrayFieldStart("tjenesteomraader");
            for (Seksjon s : side.seksjoner()) {
                g.writeStartObject();
                g.writeStringField("id", s.slug());
                g.writeStringField("navn", s.navn());
                g.writeStringField("csv", s.csv());
                g.writeStringField("jsonstat", s.json());
                g.writeArrayFieldStart("nokkeltall");
                for (FamilieBlokk fam : s.familier()) {
                    for (Figur f : fam.figurer()) {
                        g.writeStartObject();
                        g.writeStringField("id", f.id());
                        g.writeStringField("navn", f.navn());
                        g.writeStringField("familie", fam.navn());
                        g.writeStringField("enhet", f.enhet());
                        g.writeArrayFieldStart("aar");
                        for (Figur.AarRad a : f.aar()) {
                            g.writeStartObject();
                            g.writeNumberField("aar", a.aar());
                            g.writeFieldName("verdi");
                            tall(g, a.verdi());
                            if (f.forhold()) {
                                g.writeFieldName("teller");
                                tall(g, a.teller());
                                g.writeFieldName("nevner");
                                tall(g, a.nevner());
                            }
                            g.writeArrayFieldStart("sammenligning");
                            for (Tall t : a.sammenligning()) {
                                tall(g, t);
                            }
                            g.writeEndArray();
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** A number, or the SSB symbol as a string. */
    private static void tall(JsonGenerator g, Tall t) throws IOException {
        if (t.harVerdi()) {
            g.writeNumber(t.verdi().setScale(Math.max(t.desimaler(), 0), RoundingMode.HALF_UP));
        } else {
            g.writeString(t.symbol());
        }
    }
}
