package org.masthead.oai;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** OAI-PMH responses checked against the official XSDs in test resources, and small readers for them. */
final class OaiXml {
    private static Schema schema;

    private OaiXml() {
    }

    static synchronized Schema schema() throws Exception {
        if (schema == null) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            List<StreamSource> sources = new ArrayList<>();
            for (String name : extraSchemas()) {
                sources.add(new StreamSource(resource(name).toFile()));
            }
            schema = factory.newSchema(sources.toArray(StreamSource[]::new));
        }
        return schema;
    }

    /** OAI-PMH, oai_dc, and (from masthead-alto's test resources, on the test classpath) METS. */
    private static List<String> extraSchemas() {
        return List.of("xsd/OAI-PMH.xsd", "xsd/oai_dc.xsd");
    }

    static Path resource(String name) {
        try {
            return Path.of(OaiXml.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> problems(String xml) throws Exception {
        List<String> problems = new ArrayList<>();
        Validator validator = schema().newValidator();
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
        validator.validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        return problems;
    }

    /** The texts of every element named {@code name} (no prefix) in {@code xml}. */
    static List<String> texts(String xml, String name) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<(?:\\w+:)?" + name + "(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?" + name + ">").matcher(xml);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static Map<String, String[]> query(String... pairs) {
        Map<String, String[]> query = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.put(pairs[i], new String[] {pairs[i + 1]});
        }
        return query;
    }
}
