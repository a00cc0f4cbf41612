package org.masthead.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.oai.OaiXml.query;
import static org.masthead.oai.OaiXml.texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;
import org.masthead.model.Json;

/** The protocol itself: six verbs, errors, sets, resumption tokens, all valid against the OAI-PMH XSD. */
class OaiProviderTest {
    /** Editions held in a list, in the catalog's order. */
    static final class ListCatalog implements EditionCatalog {
        final List<Entry> entries = new ArrayList<>();

        ListCatalog(int perTitle) {
            Instant base = Instant.parse("2025-01-01T00:00:00Z");
            for (String title : List.of("jiefangjunbao", "renminribao")) {
                for (int i = 0; i < perTitle; i++) {
                    entries.add(new Entry(title + "/" + LocalDate.of(2025, 6, 1).plusDays(i), title,
                            base.plusSeconds(3600L * i + (title.startsWith("r") ? 60 : 0))));
                }
            }
            entries.sort(Comparator.comparing(Entry::datestamp).thenComparing(Entry::id));
        }

        @Override
        public List<Shelf> shelves() {
            return List.of(new Shelf("jiefangjunbao", "解放军报"), new Shelf("renminribao", "人民日报"));
        }

        @Override
        public Listing list(String set, Instant from, Instant until, long offset, int max) {
            List<Entry> matching = entries.stream().filter(e -> set == null || e.set().equals(set))
                    .filter(e -> from == null || !e.datestamp().isBefore(from))
                    .filter(e -> until == null || !e.datestamp().isAfter(until)).toList();
            return new Listing(matching.stream().skip(offset).limit(max).toList(), matching.size());
        }

        @Override
        public Optional<Entry> entry(String id) {
            return entries.stream().filter(e -> e.id().equals(id)).findFirst();
        }

        @Override
        public Optional<Edition> edition(String id) {
            return entry(id).map(e -> Json.readEdition("{\"schema\":\"masthead.edition/1\",\"title\":\""
                    + (e.set().equals("jiefangjunbao") ? "解放军报" : "人民日报") + "\",\"date\":\""
                    + id.substring(id.indexOf('/') + 1) + "\",\"pages\":[{\"number\":1,\"items\":[]}]}"));
        }

        @Override
        public Instant earliest() {
            return entries.get(0).datestamp();
        }
    }

    static ListCatalog catalog;
    static OaiProvider oai;

    @BeforeAll
    static void provider() {
        catalog = new ListCatalog(12);
        oai = new OaiProvider(catalog, "http://127.0.0.1/oai", "masthead", id -> "http://127.0.0.1/" + id, 5,
                List.of());
    }

    private static String valid(String xml) throws Exception {
        assertThat(OaiXml.problems(xml)).as(xml).isEmpty();
        return xml;
    }

    @Test
    void identify() throws Exception {
        String xml = valid(oai.handle(query("verb", "Identify")));
        assertThat(texts(xml, "protocolVersion")).containsExactly("2.0");
        assertThat(texts(xml, "baseURL")).containsExactly("http://127.0.0.1/oai");
        assertThat(texts(xml, "earliestDatestamp")).containsExactly("2025-01-01T00:00:00Z");
        assertThat(texts(xml, "granularity")).containsExactly("YYYY-MM-DDThh:mm:ssZ");
    }

    @Test
    void metadataFormatsAndSets() throws Exception {
        assertThat(texts(valid(oai.handle(query("verb", "ListMetadataFormats"))), "metadataPrefix"))
                .containsExactly("oai_dc");
        assertThat(texts(valid(oai.handle(query("verb", "ListSets"))), "setSpec"))
                .containsExactly("jiefangjunbao", "renminribao");
    }

    @Test
    void getRecordInDublinCore() throws Exception {
        String xml = valid(oai.handle(query("verb", "GetRecord", "identifier", "oai:masthead:renminribao/2025-06-03",
                "metadataPrefix", "oai_dc")));
        assertThat(texts(xml, "identifier")).contains("oai:masthead:renminribao/2025-06-03",
                "http://127.0.0.1/renminribao/2025-06-03");
        assertThat(texts(xml, "title")).containsExactly("人民日报, 2025-06-03");
        assertThat(texts(xml, "setSpec")).containsExactly("renminribao");
    }

    @Test
    void harvestEverythingThroughResumptionTokens() throws Exception {
        for (String verb : List.of("ListRecords", "ListIdentifiers")) {
            Set<String> seen = new HashSet<>();
            String xml = valid(oai.handle(query("verb", verb, "metadataPrefix", "oai_dc")));
            int responses = 1;
            while (true) {
                List<String> ids = texts(xml, "identifier").stream().filter(i -> i.startsWith("oai:")).toList();
                assertThat(ids).hasSizeLessThanOrEqualTo(5);
                for (String id : ids) {
                    assertThat(seen.add(id)).as("harvested twice: " + id).isTrue();
                }
                List<String> token = texts(xml, "resumptionToken");
                if (token.isEmpty() || token.get(0).isEmpty()) {
                    break;
                }
                xml = valid(oai.handle(query("verb", verb, "resumptionToken", token.get(0))));
                responses++;
            }
            assertThat(seen).hasSize(24);
            assertThat(responses).isEqualTo(5);
        }
    }

    @Test
    void setAndDateFiltersAndTheirTokens() throws Exception {
        String xml = valid(oai.handle(query("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set",
                "jiefangjunbao", "from", "2025-01-01T02:00:00Z", "until", "2025-01-01T08:00:00Z")));
        assertThat(texts(xml, "identifier")).containsExactly("oai:masthead:jiefangjunbao/2025-06-03",
                "oai:masthead:jiefangjunbao/2025-06-04", "oai:masthead:jiefangjunbao/2025-06-05",
                "oai:masthead:jiefangjunbao/2025-06-06", "oai:masthead:jiefangjunbao/2025-06-07");
        String next = valid(oai.handle(query("verb", "ListIdentifiers", "resumptionToken",
                texts(xml, "resumptionToken").get(0))));
        assertThat(texts(next, "identifier")).containsExactly("oai:masthead:jiefangjunbao/2025-06-08",
                "oai:masthead:jiefangjunbao/2025-06-09");
        String days = valid(oai.handle(query("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set",
                "renminribao", "from", "2025-01-01", "until", "2025-01-01")));
        assertThat(texts(days, "resumptionToken")).isNotEmpty();
        assertThat(errorCode(query("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2025-01-01",
                "until", "2025-01-01T08:00:00Z"))).isEqualTo("badArgument");
    }

    @Test
    void protocolErrors() throws Exception {
        assertThat(errorCode(query("verb", "Nonsense"))).isEqualTo("badVerb");
        assertThat(errorCode(query())).isEqualTo("badVerb");
        assertThat(errorCode(query("verb", "GetRecord", "identifier", "oai:masthead:nope/2025-01-01",
                "metadataPrefix", "oai_dc"))).isEqualTo("idDoesNotExist");
        assertThat(errorCode(query("verb", "GetRecord", "identifier", "oai:masthead:renminribao/2025-06-03",
                "metadataPrefix", "marc21"))).isEqualTo("cannotDisseminateFormat");
        assertThat(errorCode(query("verb", "ListRecords"))).isEqualTo("badArgument");
        assertThat(errorCode(query("verb", "ListRecords", "resumptionToken", "garbage"))).isEqualTo("badResumptionToken");
        assertThat(errorCode(query("verb", "ListRecords", "metadataPrefix", "oai_dc", "set", "nosuchtitle")))
                .isIn("noRecordsMatch", "badArgument");
        assertThat(errorCode(query("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2025-02-01")))
                .isEqualTo("noRecordsMatch");
        assertThat(errorCode(query("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2025-02-01T00:00:00Z")))
                .isEqualTo("noRecordsMatch");
        assertThat(errorCode(query("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "yesterday")))
                .isEqualTo("badArgument");
        assertThat(errorCode(query("verb", "Identify", "extra", "x"))).isEqualTo("badArgument");
    }

    private static String errorCode(java.util.Map<String, String[]> query) throws Exception {
        String xml = valid(oai.handle(query));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<error code=\"(\\w+)\"").matcher(xml);
        assertThat(m.find()).as(xml).isTrue();
        return m.group(1);
    }
}
