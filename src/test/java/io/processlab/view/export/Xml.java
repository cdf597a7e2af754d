package io.processlab.view.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Parses SVG text with the JDK's XML parser (no network: no DTD is fetched) and finds elements. */
final class Xml {
    private Xml() {
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every element named {@code tag} under {@code root}, in document order. */
    static List<Element> all(Node root, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList list = root instanceof Document d ? d.getElementsByTagName(tag) : ((Element) root).getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** The groups whose id starts with {@code prefix}. */
    static List<Element> groups(Document doc, String prefix) {
        return all(doc, "g").stream().filter(g -> g.getAttribute("id").startsWith(prefix)).toList();
    }
}
