package org.masthead.alto;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.codehaus.stax2.XMLInputFactory2;
import org.masthead.parse.UnusableInputException;

/**
 * The one door through which Masthead reads library XML (METS, ALTO, MODS, batch.xml).
 *
 * <p>Library XML never needs a DTD, so a DOCTYPE is refused outright: no entity is ever declared, expanded
 * or fetched, which rules out XXE and entity bombs before they start. On top of the parser's own hardening
 * (DTD support and external entities off, every external resource refused), the reader limits the bytes read, the
 * element depth and the length of any one text node, so neither a 2 GB text node nor a deep nesting can
 * exhaust memory. Every refusal is an {@link UnusableInputException}: one line naming the file and the
 * problem.
 */
public final class SafeXml {
    /** Limits for one document. */
    public record Limits(long maxBytes, int maxDepth, int maxTextChars) {
        /** Generous for the largest real ALTO page (a few MB) and METS of thousands of pages. */
        public static final Limits DEFAULT = new Limits(256L << 20, 256, 4 << 20);
    }

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        // Woodstox by name, not whichever StAX the classpath offers, so the properties set here are the ones
        // in force. It reads an NDNP batch's ALTO about 1.3x as fast as the JDK's parser (docs/BENCHMARKS.md).
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // Woodstox finishes a text token lazily, on the first getter, and reports an error found there as an
        // unchecked WstxLazyException; parsed eagerly, every error comes out of next() as XMLStreamException.
        f.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    /**
     * A namespace-aware pull reader over {@code in} that enforces {@code limits}. The caller closes
     * {@code in}. Reading past a limit, a DOCTYPE or malformed XML surface from {@link #next(Reader)}.
     */
    public static Reader open(InputStream in, String source, Limits limits) throws UnusableInputException {
        Counted counted = new Counted(in, limits.maxBytes(), source);
        try {
            return new Reader(FACTORY.createXMLStreamReader(counted), source, limits);
        } catch (XMLStreamException e) {
            throw new UnusableInputException(source, "not well-formed XML: " + oneLine(e));
        } catch (Refused e) {
            // Woodstox reads its first buffer while opening.
            throw new UnusableInputException(source, e.getMessage());
        }
    }

    /** Advances {@code reader}, turning every parse failure and limit into one-line bad input. */
    public static int next(Reader reader) throws UnusableInputException {
        try {
            return reader.next();
        } catch (XMLStreamException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof Refused refused) {
                    throw new UnusableInputException(reader.source, refused.getMessage());
                }
            }
            throw new UnusableInputException(reader.source, "not well-formed XML: " + oneLine(e));
        } catch (Refused e) {
            throw new UnusableInputException(reader.source, e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UnusableInputException(reader.source, e.getCause().getMessage());
        }
    }

    private static String oneLine(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        // Woodstox puts the position on a line of its own ("… at [row,col {unknown-source}]: [1,16]"): keep one line.
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** A limit was passed or a forbidden construct was met. */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** A stream reader that keeps the limits; use {@link SafeXml#next(Reader)} to advance it. */
    public static final class Reader extends StreamReaderDelegate implements AutoCloseable {
        private final String source;
        private final Limits limits;
        private int depth;
        private long text;

        Reader(XMLStreamReader delegate, String source, Limits limits) {
            super(delegate);
            this.source = source;
            this.limits = limits;
        }

        /** The file this reader reads, for messages. */
        public String source() {
            return source;
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new Refused("DOCTYPE not allowed in library XML");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new Refused("entity reference &" + getLocalName()
                        + "; not allowed");
                case XMLStreamConstants.START_ELEMENT -> {
                    text = 0;
                    if (++depth > limits.maxDepth()) {
                        throw new Refused("elements nested deeper than " + limits.maxDepth());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    text = 0;
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    text += getTextLength();
                    if (text > limits.maxTextChars()) {
                        throw new Refused("a text node longer than " + limits.maxTextChars() + " characters");
                    }
                }
                default -> {
                }
            }
            return event;
        }

        @Override
        public void close() {
            try {
                super.close();
            } catch (XMLStreamException e) {
                // Nothing to release beyond the caller's stream, which the caller closes.
            }
        }
    }

    /** Stops reading past the byte limit, so a huge file is refused without being read whole. */
    private static final class Counted extends FilterInputStream {
        private final long max;
        private final String source;
        private long count;

        Counted(InputStream in, long max, String source) {
            super(in);
            this.max = max;
            this.source = source;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > max) {
                throw new Refused("larger than " + (max >> 20) + " MiB");
            }
        }
    }
}
