package org.masthead.alto;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import org.masthead.parse.UnusableInputException;

/**
 * A small read-only element tree for the metadata files (METS, MODS, batch.xml), which are small and are
 * walked in several directions. Built through {@link SafeXml}, so it keeps the same limits. Elements are
 * matched by local name: the same profile turns up with and without prefixes and in several versions.
 */
public final class XmlTree {
    private final String name;
    private final String namespace;
    private final Map<String, String> attributes;
    private final List<XmlTree> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private XmlTree(String name, String namespace, Map<String, String> attributes) {
        this.name = name;
        this.namespace = namespace;
        this.attributes = attributes;
    }

    /** Reads a whole document; {@code source} names it in messages. */
    public static XmlTree read(InputStream in, String source) throws UnusableInputException {
        try (SafeXml.Reader xml = SafeXml.open(in, source, SafeXml.Limits.DEFAULT)) {
            List<XmlTree> open = new ArrayList<>();
            XmlTree root = null;
            for (int event = SafeXml.next(xml); event != XMLStreamConstants.END_DOCUMENT; event = SafeXml.next(xml)) {
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Map<String, String> attributes = new HashMap<>();
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                        }
                        XmlTree node = new XmlTree(xml.getLocalName(), xml.getNamespaceURI(), attributes);
                        if (open.isEmpty()) {
                            root = node;
                        } else {
                            open.get(open.size() - 1).children.add(node);
                        }
                        open.add(node);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.remove(open.size() - 1);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.get(open.size() - 1).text.append(xml.getText());
                        }
                    }
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new UnusableInputException(source, "no root element");
            }
            return root;
        }
    }

    /** The local name. */
    public String name() {
        return name;
    }

    /** The namespace URI, or null. */
    public String namespace() {
        return namespace;
    }

    /** An attribute by local name, or null. */
    public String attribute(String localName) {
        return attributes.get(localName);
    }

    /** The element's own text, stripped. */
    public String text() {
        return text.toString().strip();
    }

    /** Direct children. */
    public List<XmlTree> children() {
        return children;
    }

    /** Direct children named {@code localName}. */
    public List<XmlTree> children(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).toList();
    }

    /** This element and all below it, in document order. */
    public Stream<XmlTree> descendants() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(XmlTree::descendants));
    }

    /** All elements below (and including) this one named {@code localName}. */
    public List<XmlTree> all(String localName) {
        return descendants().filter(e -> e.name.equals(localName)).toList();
    }

    /** The first element below (and including) this one that matches, or null. */
    public XmlTree first(Predicate<XmlTree> test) {
        return descendants().filter(test).findFirst().orElse(null);
    }

    /** The text of the first element named {@code localName} below this one, or null. */
    public String firstText(String localName) {
        XmlTree found = first(e -> e.name.equals(localName));
        return found == null || found.text().isEmpty() ? null : found.text();
    }
}
