package org.masthead.alto;

import org.masthead.model.Box;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one page as ALTO 4.4: TextBlocks (and Illustrations), TextLines and Strings with
 * HPOS/VPOS/WIDTH/HEIGHT in the page's unit. Whatever splitting into Strings the page has is kept, so a
 * CJK line written as one String per character stays that way.
 */
public final class AltoWriter {
    public static final String NS = "http://www.loc.gov/standards/alto/ns-v4#";
    private static final String SCHEMA = NS + " http://www.loc.gov/standards/alto/v4/alto-4-4.xsd";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private AltoWriter() {
    }

    /**
     * Writes {@code page} to {@code out} (UTF-8, not closed).
     *
     * @param pageId    the ALTO Page ID, also the prefix of every other ID on the page
     * @param imageNr   PHYSICAL_IMG_NR, the page's position in the edition from 1
     * @param imageFile the page image's file name for sourceImageInformation, or null
     */
    public static void write(AltoPage page, String pageId, int imageNr, String imageFile, OutputStream out)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("alto");
        xml.writeDefaultNamespace(NS);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", SCHEMA);
        xml.writeStartElement("Description");
        element(xml, "MeasurementUnit", page.unit().altoName());
        if (imageFile != null) {
            xml.writeStartElement("sourceImageInformation");
            element(xml, "fileName", imageFile);
            xml.writeEndElement();
        }
        xml.writeStartElement("Processing");
        xml.writeAttribute("ID", pageId + "_PROC");
        xml.writeStartElement("processingSoftware");
        element(xml, "softwareName", "Masthead");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        java.util.SortedSet<Double> sizes = page.blocks().stream().flatMap(b -> b.lines().stream())
                .map(AltoPage.Line::fontSize).filter(size -> size > 0)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        if (!sizes.isEmpty()) {
            xml.writeStartElement("Styles");
            for (double size : sizes) {
                xml.writeEmptyElement("TextStyle");
                xml.writeAttribute("ID", styleId(size));
                xml.writeAttribute("FONTSIZE", number(size));
            }
            xml.writeEndElement();
        }
        xml.writeStartElement("Layout");
        xml.writeStartElement("Page");
        xml.writeAttribute("ID", pageId);
        xml.writeAttribute("PHYSICAL_IMG_NR", Integer.toString(imageNr));
        if (page.width() > 0 && page.height() > 0) {
            xml.writeAttribute("WIDTH", number(page.width()));
            xml.writeAttribute("HEIGHT", number(page.height()));
        }
        xml.writeStartElement("PrintSpace");
        if (page.width() > 0 && page.height() > 0) {
            position(xml, new Box(0, 0, page.width(), page.height()));
        }
        int[] counters = new int[2];
        for (AltoPage.Block block : page.blocks()) {
            if (block.parent() == null) {
                block(xml, page, block, pageId, counters);
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    /** Writes a block, and for a ComposedBlock the blocks that name it as their parent, nested. */
    private static void block(XMLStreamWriter xml, AltoPage page, AltoPage.Block block, String pageId, int[] counters)
            throws XMLStreamException {
        xml.writeStartElement(switch (block.kind()) {
            case TEXT -> "TextBlock";
            case ILLUSTRATION -> "Illustration";
            case GRAPHIC -> "GraphicalElement";
            case COMPOSED -> "ComposedBlock";
        });
        xml.writeAttribute("ID", block.id());
        position(xml, block.box());
        if (block.next() != null) {
            xml.writeAttribute("IDNEXT", block.next());
        }
        if (block.kind() == AltoPage.BlockKind.COMPOSED) {
            for (AltoPage.Block child : page.blocks()) {
                if (block.id().equals(child.parent())) {
                    block(xml, page, child, pageId, counters);
                }
            }
        }
        for (AltoPage.Line line : block.lines()) {
            xml.writeStartElement("TextLine");
            xml.writeAttribute("ID", pageId + "_L" + ++counters[0]);
            if (line.fontSize() > 0) {
                xml.writeAttribute("STYLEREFS", styleId(line.fontSize()));
            }
            position(xml, line.box());
            for (int i = 0; i < line.words().size(); i++) {
                AltoPage.Word word = line.words().get(i);
                xml.writeEmptyElement("String");
                xml.writeAttribute("ID", pageId + "_S" + ++counters[1]);
                xml.writeAttribute("CONTENT", word.content());
                position(xml, word.box());
                if (line.hyphenated() && i == line.words().size() - 1) {
                    xml.writeAttribute("SUBS_TYPE", "HypPart1");
                }
            }
            if (line.hyphenated()) {
                xml.writeEmptyElement("HYP");
                xml.writeAttribute("CONTENT", "-");
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String styleId(double size) {
        return "FONT" + number(size).replace('.', '_');
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void position(XMLStreamWriter xml, Box box) throws XMLStreamException {
        if (box == null) {
            return;
        }
        xml.writeAttribute("HPOS", number(box.x()));
        xml.writeAttribute("VPOS", number(box.y()));
        xml.writeAttribute("WIDTH", number(box.width()));
        xml.writeAttribute("HEIGHT", number(box.height()));
    }

    /** Up to two decimals, no trailing zeros, never exponent notation. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
