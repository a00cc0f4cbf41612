package org.masthead.oai;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.masthead.model.Edition;

/** An edition as unqualified Dublin Core ({@code oai_dc}), the format every harvester reads. */
public final class DublinCore {
    public static final String PREFIX = "oai_dc";
    public static final String NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private DublinCore() {
    }

    /** The {@code oai_dc:dc} element for {@code edition}, whose page is at {@code url}. */
    public static String of(Edition edition, String url) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.setPrefix("oai_dc", NAMESPACE);
            xml.setPrefix("dc", DC);
            xml.writeStartElement(NAMESPACE, "dc");
            xml.writeNamespace("oai_dc", NAMESPACE);
            xml.writeNamespace("dc", DC);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", NAMESPACE + " " + SCHEMA);
            element(xml, "title", edition.title() + ", " + edition.date());
            element(xml, "type", "Text");
            element(xml, "type", "newspaper issue");
            element(xml, "date", edition.date().toString());
            element(xml, "format", "application/xml");
            element(xml, "identifier", url);
            element(xml, "relation", edition.title());
            element(xml, "description", edition.pages().size() + " pages held, "
                    + edition.pages().stream().mapToInt(p -> p.items().size()).sum() + " items");
            xml.writeEndElement();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        if (text != null && !text.isBlank()) {
            xml.writeStartElement(DC, name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }
    }
}
