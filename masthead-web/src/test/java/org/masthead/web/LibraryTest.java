package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.model.Json;
import org.xml.sax.SAXParseException;

/**
 * The library routes over a real archive: OAI-PMH harvested whole through resumption tokens and valid
 * against the official XSDs (with METS records), IIIF collection, manifest and search valid against the
 * Presentation 3 schema and open to other origins.
 */
class LibraryTest {
    private static ServedArchive archive;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Schema xsd;
    private static JsonSchema iiif;

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("masthead.oai.pageSize", "1");
        archive = ServedArchive.start();
        Path root = Path.of("").toAbsolutePath().getParent();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        xsd = factory.newSchema(new StreamSource[] {
                new StreamSource(root.resolve("masthead-oai/src/test/resources/xsd/OAI-PMH.xsd").toFile()),
                new StreamSource(root.resolve("masthead-oai/src/test/resources/xsd/oai_dc.xsd").toFile()),
                new StreamSource(root.resolve("masthead-alto/src/test/resources/xsd/mets.xsd").toFile()),
                new StreamSource(root.resolve("masthead-alto/src/test/resources/xsd/alto-4-4.xsd").toFile())});
        try (InputStream in = Files.newInputStream(root.resolve("masthead-iiif/src/test/resources/schema/iiif_3_0.json"))) {
            iiif = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @AfterAll
    static void stop() {
        System.clearProperty("masthead.oai.pageSize");
        archive.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(archive.base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String xml(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        List<String> problems = new ArrayList<>();
        Validator validator = xsd.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                problems.add(e.getMessage());
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))));
        assertThat(problems).as(path + "\n" + response.body()).isEmpty();
        return response.body();
    }

    static List<String> all(String xml, String element) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<(?:\\w+:)?" + element + "(?:\\s[^>]*)?>([^<]*)<").matcher(xml);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static JsonNode iiif(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        JsonNode json = Json.mapper().readTree(response.body());
        assertThat(iiif.validate(json)).as(path).isEmpty();
        return json;
    }

    @Test
    void oaiHarvestsTheWholeArchiveThroughResumptionTokens() throws Exception {
        assertThat(all(xml("/oai?verb=Identify"), "baseURL")).containsExactly(archive.base + "/oai");
        assertThat(all(xml("/oai?verb=ListSets"), "setSpec")).containsExactly(ServedArchive.SLUG);
        assertThat(all(xml("/oai?verb=ListMetadataFormats"), "metadataPrefix")).containsExactly("oai_dc", "mets");
        for (String prefix : List.of("oai_dc", "mets")) {
            Set<String> harvested = new HashSet<>();
            String response = xml("/oai?verb=ListRecords&metadataPrefix=" + prefix);
            while (true) {
                all(response, "identifier").stream().filter(i -> i.startsWith("oai:")).forEach(harvested::add);
                List<String> token = all(response, "resumptionToken");
                if (token.isEmpty() || token.get(0).isEmpty()) {
                    break;
                }
                response = xml("/oai?verb=ListRecords&resumptionToken=" + URLEncoder.encode(token.get(0),
                        StandardCharsets.UTF_8));
            }
            assertThat(harvested).containsExactlyInAnyOrder("oai:127.0.0.1:jiefangjunbao/2025-06-18",
                    "oai:127.0.0.1:jiefangjunbao/2025-06-19");
        }
        // Several editions' METS in one response keep their IDs apart (the XSD checks ID uniqueness).
        System.setProperty("masthead.oai.pageSize", "100");
        try {
            assertThat(all(xml("/oai?verb=ListRecords&metadataPrefix=mets"), "identifier").stream()
                    .filter(i -> i.startsWith("oai:"))).hasSize(2);
        } finally {
            System.setProperty("masthead.oai.pageSize", "1");
        }
        String mets = xml("/oai?verb=GetRecord&metadataPrefix=mets&identifier=oai:127.0.0.1:jiefangjunbao/2025-06-19");
        assertThat(mets).contains("TYPE=\"article\"", "/iiif/jiefangjunbao/2025-06-19/alto/1.xml");
        assertThat(xml("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:127.0.0.1:nope/2025-06-19"))
                .contains("code=\"idDoesNotExist\"");
        assertThat(xml("/oai?verb=ListRecords")).contains("code=\"badArgument\"");
    }

    @Test
    void iiifCollectionManifestAndSearch() throws Exception {
        JsonNode collection = iiif("/iiif/jiefangjunbao/collection.json");
        assertThat(collection.get("items")).hasSize(2);
        String manifestId = collection.get("items").get(1).get("id").asText();
        assertThat(manifestId).isEqualTo(archive.base + "/iiif/jiefangjunbao/2025-06-19/manifest.json");
        JsonNode manifest = iiif("/iiif/jiefangjunbao/2025-06-19/manifest.json");
        assertThat(manifest.get("items")).hasSize(2);
        // The test archive's two front-page articles continue on page 3: each is one Range over both pages.
        assertThat(manifest.get("structures")).anySatisfy(range -> assertThat(range.get("items")).extracting(
                i -> i.get("id").asText().replaceAll("#.*", "")).contains(
                archive.base + "/iiif/jiefangjunbao/2025-06-19/canvas/p1",
                archive.base + "/iiif/jiefangjunbao/2025-06-19/canvas/p3"));
        JsonNode hits = iiif("/iiif/jiefangjunbao/2025-06-19/search?q=" + URLEncoder.encode("中亚", StandardCharsets.UTF_8));
        assertThat(hits.get("items").size()).isPositive();
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(archive.base
                + "/iiif/jiefangjunbao/2025-06-19/manifest.json")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://viewer.example").header("Access-Control-Request-Method", "GET").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(get("/iiif/jiefangjunbao/2031-01-01/manifest.json").statusCode()).isEqualTo(404);
        assertThat(get("/iiif/jiefangjunbao/2025-06-19/text.txt").body()).contains("中亚");
        // The reader links each edition to its manifest, with the IIIF logo.
        assertThat(get("/jiefangjunbao/2025-06-19").body()).contains(
                "href=\"/iiif/jiefangjunbao/2025-06-19/manifest.json\" rel=\"alternate\"", "class=\"iiif-logo\"");
        xml("/iiif/jiefangjunbao/2025-06-19/mets.xml");
        assertThat(xml("/iiif/jiefangjunbao/2025-06-19/alto/1.xml")).contains("CONTENT=\"中\"");
    }
}
