package org.masthead.alto;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an issue as METS 1.12 with MODS: the issue's MODS, one MODS per article, a file group per kind of
 * file (ALTO, image, PDF), a PHYSICAL structMap of pages, and a LOGICAL structMap whose article divs point
 * at ALTO blocks with {@code area BETYPE="IDREF"}, across pages where an article jumps. This is the shape
 * Europeana Newspapers and BnL use, so {@link MetsReader} reads it back.
 */
public final class MetsWriter {
    public static final String NS = "http://www.loc.gov/METS/";
    private static final String MODS = "http://www.loc.gov/mods/v3";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMAS = NS + " http://www.loc.gov/standards/mets/mets.xsd " + MODS
            + " http://www.loc.gov/standards/mods/v3/mods-3-8.xsd";

    private MetsWriter() {
    }

    /**
     * Writes {@code issue} to {@code out} (UTF-8, not closed). File paths in {@code issue} are written
     * relative to {@code folder}, where the METS file will lie.
     *
     * @param objectId the edition's stable id, written as OBJID
     */
    public static void write(MetsIssue issue, String objectId, Path folder, OutputStream out)
            throws XMLStreamException {
        Path base = folder.toAbsolutePath().normalize();
        write(issue, objectId, file -> base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/'),
                out);
    }

    /**
     * Writes {@code issue} to {@code out} (UTF-8, not closed), each file's {@code xlink:href} given by
     * {@code href} (a relative path in a package, a URL when served).
     */
    public static void write(MetsIssue issue, String objectId, java.util.function.Function<Path, String> href,
                             OutputStream out) throws XMLStreamException {
        // IDs carry the edition's id, so that several editions' METS in one document (an OAI-PMH list)
        // never repeat one.
        String id = "E_" + objectId.replaceAll("[^A-Za-z0-9_.-]", "_") + "_";
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(NS);
        xml.setPrefix("mods", MODS);
        xml.setPrefix("xlink", XLINK);
        xml.writeStartElement(NS, "mets");
        xml.writeDefaultNamespace(NS);
        xml.writeNamespace("mods", MODS);
        xml.writeNamespace("xlink", XLINK);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", SCHEMAS);
        xml.writeAttribute("OBJID", objectId);
        xml.writeAttribute("TYPE", "Newspaper");
        xml.writeAttribute("LABEL", issue.title() + ", " + issue.date());

        xml.writeStartElement(NS, "metsHdr");
        xml.writeAttribute("CREATEDATE", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        xml.writeStartElement(NS, "agent");
        xml.writeAttribute("ROLE", "CREATOR");
        xml.writeAttribute("TYPE", "OTHER");
        xml.writeAttribute("OTHERTYPE", "SOFTWARE");
        text(xml, NS, "name", "Masthead");
        xml.writeEndElement();
        xml.writeEndElement();

        issueMods(xml, issue, id);
        for (int i = 0; i < issue.articles().size(); i++) {
            MetsIssue.Article article = issue.articles().get(i);
            if (article.title() != null) {
                dmdStart(xml, id + "MODS_ARTICLE_" + (i + 1), "Article metadata");
                titleInfo(xml, article.title());
                dmdEnd(xml);
            }
        }

        Map<String, List<String[]>> groups = new LinkedHashMap<>();
        List<List<String>> pageFiles = new ArrayList<>();
        for (int p = 0; p < issue.pages().size(); p++) {
            MetsIssue.PageFiles page = issue.pages().get(p);
            List<String> ids = new ArrayList<>();
            addFile(groups, ids, "ocr", id + "ALTO_" + (p + 1), "text/xml", href, page.alto());
            addFile(groups, ids, "image", id + "IMG_" + (p + 1), mime(page.image()), href, page.image());
            addFile(groups, ids, "pdf", id + "PDF_" + (p + 1), "application/pdf", href, page.pdf());
            pageFiles.add(ids);
        }
        xml.writeStartElement(NS, "fileSec");
        for (Map.Entry<String, List<String[]>> group : groups.entrySet()) {
            xml.writeStartElement(NS, "fileGrp");
            xml.writeAttribute("USE", group.getKey());
            for (String[] file : group.getValue()) {
                xml.writeStartElement(NS, "file");
                xml.writeAttribute("ID", file[0]);
                xml.writeAttribute("MIMETYPE", file[1]);
                xml.writeEmptyElement(NS, "FLocat");
                xml.writeAttribute("LOCTYPE", "URL");
                xml.writeAttribute(XLINK, "href", file[2]);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();

        issueDiv(xml, "PHYSICAL", id);
        for (int p = 0; p < issue.pages().size(); p++) {
            MetsIssue.PageFiles page = issue.pages().get(p);
            xml.writeStartElement(NS, "div");
            xml.writeAttribute("ID", id + "PAGE_" + (p + 1));
            xml.writeAttribute("TYPE", "page");
            xml.writeAttribute("ORDER", Integer.toString(p + 1));
            xml.writeAttribute("ORDERLABEL", page.label() != null ? page.label() : Integer.toString(page.number()));
            for (String file : pageFiles.get(p)) {
                xml.writeEmptyElement(NS, "fptr");
                xml.writeAttribute("FILEID", file);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();

        issueDiv(xml, "LOGICAL", id);
        xml.writeAttribute("LABEL", issue.title() + ", " + issue.date());
        for (int i = 0; i < issue.articles().size(); i++) {
            MetsIssue.Article article = issue.articles().get(i);
            xml.writeStartElement(NS, "div");
            xml.writeAttribute("ID", article.id() != null ? article.id() : id + "ARTICLE_" + (i + 1));
            xml.writeAttribute("TYPE", "article");
            if (article.title() != null) {
                xml.writeAttribute("DMDID", id + "MODS_ARTICLE_" + (i + 1));
                xml.writeAttribute("LABEL", article.title());
            }
            if (!article.areas().isEmpty()) {
                xml.writeStartElement(NS, "fptr");
                xml.writeStartElement(NS, "seq");
                for (MetsIssue.Area area : article.areas()) {
                    xml.writeEmptyElement(NS, "area");
                    xml.writeAttribute("FILEID", id + "ALTO_" + (area.page() + 1));
                    xml.writeAttribute("BETYPE", "IDREF");
                    xml.writeAttribute("BEGIN", area.blockId());
                }
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();

        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    /** Opens a structMap of the given type and its issue div, which the issue's MODS describes. */
    private static void issueDiv(XMLStreamWriter xml, String structMapType, String id) throws XMLStreamException {
        xml.writeStartElement(NS, "structMap");
        xml.writeAttribute("TYPE", structMapType);
        xml.writeStartElement(NS, "div");
        xml.writeAttribute("TYPE", "issue");
        xml.writeAttribute("DMDID", id + "MODS_ISSUE");
    }

    private static void issueMods(XMLStreamWriter xml, MetsIssue issue, String id) throws XMLStreamException {
        dmdStart(xml, id + "MODS_ISSUE", "Issue metadata");
        titleInfo(xml, issue.title());
        xml.writeStartElement(MODS, "typeOfResource");
        xml.writeCharacters("text");
        xml.writeEndElement();
        xml.writeStartElement(MODS, "genre");
        xml.writeCharacters("newspaper issue");
        xml.writeEndElement();
        xml.writeStartElement(MODS, "originInfo");
        xml.writeStartElement(MODS, "dateIssued");
        xml.writeAttribute("encoding", "iso8601");
        xml.writeAttribute("keyDate", "yes");
        xml.writeCharacters(issue.date().toString());
        xml.writeEndElement();
        xml.writeEndElement();
        if (issue.lccn() != null) {
            xml.writeStartElement(MODS, "identifier");
            xml.writeAttribute("type", "lccn");
            xml.writeCharacters(issue.lccn());
            xml.writeEndElement();
        }
        xml.writeStartElement(MODS, "part");
        detail(xml, "volume", issue.volume());
        detail(xml, "issue", issue.issueNumber());
        detail(xml, "edition", issue.edition() == null ? null : issue.edition().toString());
        xml.writeStartElement(MODS, "extent");
        xml.writeAttribute("unit", "pages");
        text(xml, MODS, "total", Integer.toString(issue.pages().size()));
        xml.writeEndElement();
        xml.writeEndElement();
        dmdEnd(xml);
    }

    private static void dmdStart(XMLStreamWriter xml, String id, String label) throws XMLStreamException {
        xml.writeStartElement(NS, "dmdSec");
        xml.writeAttribute("ID", id);
        xml.writeStartElement(NS, "mdWrap");
        xml.writeAttribute("MDTYPE", "MODS");
        xml.writeAttribute("MIMETYPE", "text/xml");
        xml.writeAttribute("LABEL", label);
        xml.writeStartElement(NS, "xmlData");
        xml.writeStartElement(MODS, "mods");
    }

    private static void dmdEnd(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void titleInfo(XMLStreamWriter xml, String title) throws XMLStreamException {
        if (title != null) {
            xml.writeStartElement(MODS, "titleInfo");
            text(xml, MODS, "title", title);
            xml.writeEndElement();
        }
    }

    private static void detail(XMLStreamWriter xml, String type, String number) throws XMLStreamException {
        if (number != null) {
            xml.writeStartElement(MODS, "detail");
            xml.writeAttribute("type", type);
            text(xml, MODS, "number", number);
            xml.writeEndElement();
        }
    }

    private static void text(XMLStreamWriter xml, String ns, String name, String text) throws XMLStreamException {
        xml.writeStartElement(ns, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void addFile(Map<String, List<String[]>> groups, List<String> ids, String use, String id,
                                String mime, java.util.function.Function<Path, String> href, Path file) {
        if (file == null) {
            return;
        }
        groups.computeIfAbsent(use, u -> new ArrayList<>()).add(new String[] {id, mime, href.apply(file)});
        ids.add(id);
    }

    private static String mime(Path image) {
        String name = image == null ? "" : image.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".jp2")) {
            return "image/jp2";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".tif") || name.endsWith(".tiff")) {
            return "image/tiff";
        }
        return "image/jpeg";
    }
}
