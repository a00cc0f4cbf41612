package org.masthead.oai;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.validation.Schema;
import org.masthead.alto.Xsd;

/** OAI-PMH responses checked against the official XSDs in test resources ({@link Xsd}), and small readers for them. */
final class OaiXml {
    private static Schema schema;

    private OaiXml() {
    }

    /** Problems the OAI-PMH and oai_dc schemas find in a response; empty when valid. */
    static List<String> problems(String xml) throws Exception {
        synchronized (OaiXml.class) {
            if (schema == null) {
                schema = Xsd.load("xsd/OAI-PMH.xsd", "xsd/oai_dc.xsd");
            }
        }
        return Xsd.problems(schema, xml.getBytes(StandardCharsets.UTF_8));
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
