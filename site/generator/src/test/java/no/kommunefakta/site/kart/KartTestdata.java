package no.kommunefakta.site.kart;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import no.kommunefakta.site.data.DataSource;

/** The boundary data loaded once for all map tests, and XML helpers. */
final class KartTestdata {

    static final Kartgrunnlag GRUNNLAG = Kartgrunnlag.load(DataSource.embedded());

    private KartTestdata() {
    }

    static Document xml(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<Element> elementer(Document d, String navn) {
        NodeList l = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", navn);
        List<Element> ut = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            ut.add((Element) l.item(i));
        }
        return ut;
    }

    static TopoJson.Topologi topologi(String json) {
        return TopoJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.topojson", "Omr", "kode", "navn");
    }
}
