package org.masthead.alto;

import org.masthead.model.Box;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import org.masthead.parse.UnusableInputException;

/**
 * Reads one ALTO page (the CCS namespace of ALTO 1.x, and ALTO 2, 3 and 4): its size, unit, blocks, lines
 * and words with their boxes. Element names are the same in every version, so one pass serves all; the
 * version comes from the namespace.
 */
public final class AltoReader {
    /** The Library of Congress's namespaces name the version: {@code http://www.loc.gov/standards/alto/ns-v3#}. */
    private static final Pattern LOC_NS = Pattern.compile("http://www\\.loc\\.gov/standards/alto/ns-v(\\d{1,2})#?");
    private static final String CCS_NS = "http://schema.ccs-gmbh.com/ALTO";

    private AltoReader() {
    }

    /** Reads the ALTO file at {@code path}. */
    public static AltoPage read(Path path) throws IOException, UnusableInputException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        }
    }

    /** Reads ALTO from {@code in}; {@code source} names it in messages. */
    public static AltoPage read(InputStream in, String source) throws UnusableInputException {
        try (SafeXml.Reader xml = SafeXml.open(in, source, SafeXml.Limits.DEFAULT)) {
            return new Pass(xml).run();
        }
    }

    /** Whether {@code namespace} is an ALTO namespace this reader knows. */
    public static boolean isAltoNamespace(String namespace) {
        return namespace != null && (LOC_NS.matcher(namespace).matches() || namespace.equals(CCS_NS));
    }

    private static final class Pass {
        private final SafeXml.Reader xml;
        private int version;
        private MeasurementUnit unit = MeasurementUnit.PIXEL;
        private double width;
        private double height;
        private final List<AltoPage.Block> blocks = new ArrayList<>();
        private final StringBuilder unitText = new StringBuilder();
        private boolean inUnit;
        private boolean pageSeen;
        // The block and line being read.
        private String blockId;
        private Box blockBox;
        private String blockNext;
        private final java.util.ArrayDeque<String> composed = new java.util.ArrayDeque<>();
        private List<AltoPage.Line> lines;
        private Box lineBox;
        private List<AltoPage.Word> words;
        private boolean hyphen;
        private final java.util.Map<String, Double> fontSizes = new java.util.HashMap<>();
        private double lineFont;
        private final java.util.Map<String, Double> styleSizes = new java.util.HashMap<>();

        Pass(SafeXml.Reader xml) {
            this.xml = xml;
        }

        AltoPage run() throws UnusableInputException {
            boolean root = true;
            for (int event = SafeXml.next(xml); event != XMLStreamConstants.END_DOCUMENT;
                    event = SafeXml.next(xml)) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (root) {
                        checkRoot();
                        root = false;
                    }
                    start(xml.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(xml.getLocalName());
                } else if (inUnit && event == XMLStreamConstants.CHARACTERS) {
                    unitText.append(xml.getText());
                }
            }
            if (!pageSeen) {
                throw new UnusableInputException(xml.source(), "ALTO without a Page");
            }
            return new AltoPage(version, unit, width, height, blocks);
        }

        private void checkRoot() throws UnusableInputException {
            String ns = xml.getNamespaceURI();
            if (!"alto".equals(xml.getLocalName()) || !isAltoNamespace(ns)) {
                throw new UnusableInputException(xml.source(), "not ALTO (root <" + xml.getLocalName() + "> in "
                        + (ns == null || ns.isEmpty() ? "no namespace" : ns) + ")");
            }
            Matcher loc = LOC_NS.matcher(ns);
            version = loc.matches() ? Integer.parseInt(loc.group(1)) : 1; // CCS's namespace: ALTO 1
        }

        private void start(String name) throws UnusableInputException {
            switch (name) {
                case "MeasurementUnit" -> inUnit = true;
                case "Page" -> {
                    if (pageSeen) {
                        throw new UnusableInputException(xml.source(), "ALTO with more than one Page");
                    }
                    pageSeen = true;
                    width = number("WIDTH");
                    height = number("HEIGHT");
                }
                case "TextBlock" -> {
                    blockId = xml.getAttributeValue(null, "ID");
                    blockBox = box();
                    blockNext = xml.getAttributeValue(null, "IDNEXT");
                    lines = new ArrayList<>();
                }
                case "ComposedBlock" -> {
                    String id = xml.getAttributeValue(null, "ID");
                    blocks.add(new AltoPage.Block(id, AltoPage.BlockKind.COMPOSED, box(), List.of(), composed.peek(),
                            xml.getAttributeValue(null, "IDNEXT")));
                    composed.push(id == null ? "" : id);
                }
                case "Illustration", "GraphicalElement" -> blocks.add(new AltoPage.Block(
                        xml.getAttributeValue(null, "ID"),
                        name.equals("Illustration") ? AltoPage.BlockKind.ILLUSTRATION : AltoPage.BlockKind.GRAPHIC,
                        box(), List.of(), composed.peek(), xml.getAttributeValue(null, "IDNEXT")));
                case "TextStyle" -> {
                    String id = xml.getAttributeValue(null, "ID");
                    double size = number("FONTSIZE");
                    if (id != null && size > 0) {
                        fontSizes.put(id, size);
                    }
                }
                case "TextLine" -> {
                    lineBox = box();
                    words = new ArrayList<>();
                    hyphen = false;
                    lineFont = fontSize();
                }
                case "String" -> {
                    if (words != null) {
                        String content = xml.getAttributeValue(null, "CONTENT");
                        if (content != null && !content.isBlank()) {
                            words.add(new AltoPage.Word(content, box()));
                            lineFont = Math.max(lineFont, fontSize());
                        }
                        hyphen = "HypPart1".equals(xml.getAttributeValue(null, "SUBS_TYPE"));
                    }
                }
                case "HYP" -> hyphen = true;
                default -> {
                }
            }
        }

        private void end(String name) {
            switch (name) {
                case "MeasurementUnit" -> {
                    inUnit = false;
                    unit = MeasurementUnit.of(unitText.toString());
                }
                case "TextLine" -> {
                    // words is null for an end tag with no start (a broken file: found by AltoFuzzTest)
                    if (lines != null && words != null && !words.isEmpty()) {
                        lines.add(new AltoPage.Line(lineBox, words, hyphen, lineFont));
                    }
                    words = null;
                }
                case "TextBlock" -> {
                    if (lines != null) {
                        blocks.add(new AltoPage.Block(blockId, AltoPage.BlockKind.TEXT, blockBox, lines, composed.peek(),
                                blockNext));
                    }
                    lines = null;
                }
                case "ComposedBlock" -> {
                    if (!composed.isEmpty()) {
                        composed.pop(); // an end tag with no start is passed over
                    }
                }
                default -> {
                }
            }
        }

        /** The largest FONTSIZE among the current element's STYLEREFS, 0 when none. */
        private double fontSize() {
            String refs = xml.getAttributeValue(null, "STYLEREFS");
            // A page names a handful of style combinations on tens of thousands of elements: each is worked out once.
            return refs == null ? 0 : styleSizes.computeIfAbsent(refs, this::largest);
        }

        private double largest(String refs) {
            double size = 0;
            for (String ref : refs.trim().split("\\s+")) {
                size = Math.max(size, fontSizes.getOrDefault(ref, 0.0));
            }
            return size;
        }

        /** The element's box, or null when it gives no position at all. */
        private Box box() throws UnusableInputException {
            String x = xml.getAttributeValue(null, "HPOS");
            String y = xml.getAttributeValue(null, "VPOS");
            String width = xml.getAttributeValue(null, "WIDTH");
            String height = xml.getAttributeValue(null, "HEIGHT");
            if (x == null && y == null && width == null && height == null) {
                return null;
            }
            return new Box(number("HPOS", x), number("VPOS", y), number("WIDTH", width), number("HEIGHT", height));
        }

        private double number(String attribute) throws UnusableInputException {
            return number(attribute, xml.getAttributeValue(null, attribute));
        }

        private double number(String attribute, String value) throws UnusableInputException {
            if (value == null) {
                return 0;
            }
            // Most positions are whole numbers (HPOS="1234"): read without the general parser, a fifth of reading.
            int length = value.length();
            if (length > 0 && length <= 9) {
                int whole = 0;
                int i = 0;
                while (i < length && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                    whole = whole * 10 + value.charAt(i++) - '0';
                }
                if (i == length) {
                    return whole;
                }
            }
            if (value.isBlank()) {
                return 0;
            }
            try {
                double n = Double.parseDouble(value.strip());
                if (!Double.isFinite(n)) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new UnusableInputException(xml.source(), "bad " + attribute + " \"" + value + "\" at line "
                        + xml.getLocation().getLineNumber());
            }
        }
    }
}
