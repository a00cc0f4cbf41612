package org.masthead.alto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.parse.UnusableInputException;

/** Hostile XML is refused in one line, and nothing is fetched from disk or network while refusing it. */
class SafeXmlTest {
    @TempDir
    Path dir;

    private static InputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void externalEntityIsNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE alto [\n"
                    + "<!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
                    + "<!ENTITY net SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/x\">\n"
                    + "<!ENTITY % remote SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/dtd\"> %remote;\n"
                    + "]>\n<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v2#\"><Layout><Page WIDTH=\"1\" HEIGHT=\"1\">"
                    + "<PrintSpace><TextBlock><TextLine><String CONTENT=\"&file;&net;\"/></TextLine></TextBlock>"
                    + "</PrintSpace></Page></Layout></alto>";
            assertThatThrownBy(() -> AltoReader.read(bytes(xml), "xxe.xml"))
                    .isInstanceOf(UnusableInputException.class)
                    .hasMessage("xxe.xml: DOCTYPE not allowed in library XML");
            assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void billionLaughsIsRefusedBeforeExpansion() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE mets [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            xml.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<mets>&lol9;</mets>");
        assertThatThrownBy(() -> XmlTree.read(bytes(xml.toString()), "laughs.xml"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessage("laughs.xml: DOCTYPE not allowed in library XML");
    }

    @Test
    void twoGigabyteTextNodeIsCutShort() {
        long twoGb = 2L << 30;
        InputStream huge = new InputStream() {
            private final byte[] head = "<mets><note>".getBytes(StandardCharsets.US_ASCII);
            private long position;

            @Override
            public int read() {
                if (position >= twoGb) {
                    return -1;
                }
                int c = position < head.length ? head[(int) position] : 'x';
                position++;
                return c;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    int c = read();
                    if (c < 0) {
                        return n == 0 ? -1 : n;
                    }
                    b[off + n++] = (byte) c;
                }
                return n;
            }
        };
        assertThatThrownBy(() -> XmlTree.read(huge, "huge.xml"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessage("huge.xml: a text node longer than " + SafeXml.Limits.DEFAULT.maxTextChars()
                        + " characters");
    }

    @Test
    void deepNestingIsRefused() {
        String xml = "<a>".repeat(300) + "</a>".repeat(300);
        assertThatThrownBy(() -> XmlTree.read(bytes(xml), "deep.xml"))
                .hasMessage("deep.xml: elements nested deeper than 256");
    }

    @Test
    void byteLimitHolds() {
        String xml = "<mets>" + "<a/>".repeat(1000) + "</mets>";
        assertThatThrownBy(() -> {
            try (SafeXml.Reader reader = SafeXml.open(bytes(xml), "big.xml", new SafeXml.Limits(1024, 10, 100))) {
                while (SafeXml.next(reader) != javax.xml.stream.XMLStreamConstants.END_DOCUMENT) {
                    assertThat(reader.source()).isEqualTo("big.xml");
                }
            }
        }).hasMessage("big.xml: larger than 0 MiB");
    }

    @Test
    void malformedXmlIsOneLine() {
        assertThatThrownBy(() -> XmlTree.read(bytes("<mets><a></mets>"), "bad.xml"))
                .isInstanceOf(UnusableInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("bad.xml: not well-formed XML").doesNotContain("\n"));
    }

    @Test
    void textCutInsideACharacterIsOneLine() {
        // Woodstox parses text lazily and would throw its unchecked lazy exception from a later getter.
        byte[] head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<alto>\n\" enodin".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(head, head.length + 2);
        cut[head.length] = (byte) 0xe7;
        cut[head.length + 1] = ' ';
        assertThatThrownBy(() -> XmlTree.read(new ByteArrayInputStream(cut), "cut.xml"))
                .isInstanceOf(UnusableInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("cut.xml: not well-formed XML").doesNotContain("\n"));
    }
}
