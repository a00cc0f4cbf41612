package org.masthead.alto;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Validation against the official schemas kept in test resources (here and in masthead-oai's tests, which
 * use this class through the test jar); never touches the network.
 */
public final class Xsd {
    private Xsd() {
    }

    /** The schema made of the given test resources (e.g. {@code xsd/mets.xsd}), found on the class path. */
    public static Schema load(String... resources) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        StreamSource[] sources = new StreamSource[resources.length];
        for (int i = 0; i < resources.length; i++) {
            URL url = Xsd.class.getResource("/" + resources[i]);
            if (url == null) {
                throw new IllegalArgumentException("no schema on the class path: " + resources[i]);
            }
            sources[i] = new StreamSource(url.toExternalForm());
        }
        return factory.newSchema(sources);
    }

    /** Every error and fatal error the schema finds, as "line:col message"; empty when valid. */
    public static List<String> problems(Schema schema, byte[] xml) throws Exception {
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        return problems;
    }
}
