package org.masthead.oai;

import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.exceptions.handler.HandlerException;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;
import io.gdcc.xoai.xml.EchoElement;
import io.gdcc.xoai.xml.XmlWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.xml.stream.XMLStreamException;
import org.masthead.model.Edition;

/**
 * OAI-PMH 2.0 over an {@link EditionCatalog}, on the xoai data provider: the six verbs, the protocol's
 * errors, one set per title, resumption tokens, and one record per edition in {@code oai_dc} and in any
 * further formats given (METS/MODS). Identifiers are {@code oai:<repository>:<edition id>}, so they are as
 * stable as the archive's edition ids.
 */
public final class OaiProvider {
    /** A metadata format: its prefix, namespace and schema, and how an edition is written in it. */
    public record Format(String prefix, String namespace, String schema, BiFunction<EditionCatalog.Entry, Edition,
            String> writer) {
    }

    private static final java.util.regex.Pattern NOT_XML = java.util.regex.Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final EditionCatalog catalog;
    private final String identifierPrefix;
    private final Map<String, Format> formats = new LinkedHashMap<>();
    private final DataProvider provider;
    private final RepositoryConfiguration configuration;

    /**
     * @param catalog      the editions
     * @param baseUrl      the public URL of the OAI endpoint (e.g. {@code https://example.org/oai})
     * @param repositoryId the repository identifier in record identifiers (a host name, or "masthead")
     * @param pageUrl      an edition's reader URL from its id, for {@code dc:identifier}
     * @param pageSize     records, identifiers and sets per response before a resumption token
     * @param extra        further formats beside {@code oai_dc}
     */
    public OaiProvider(EditionCatalog catalog, String baseUrl, String repositoryId,
                       java.util.function.Function<String, String> pageUrl, int pageSize, List<Format> extra) {
        this.catalog = catalog;
        this.identifierPrefix = "oai:" + repositoryId + ":";
        formats.put(DublinCore.PREFIX, new Format(DublinCore.PREFIX, DublinCore.NAMESPACE, DublinCore.SCHEMA,
                (entry, edition) -> DublinCore.of(edition, pageUrl.apply(entry.id()))));
        extra.forEach(f -> formats.put(f.prefix(), f));
        Context context = Context.context();
        for (Format format : formats.values()) {
            context.withMetadataFormat(MetadataFormat.metadataFormat(format.prefix()).withNamespace(format.namespace())
                    .withSchemaLocation(format.schema()).withTransformer(MetadataFormat.identity()));
        }
        configuration = new RepositoryConfiguration.RepositoryConfigurationBuilder()
                .withRepositoryName("Masthead newspaper archive")
                .withAdminEmail("archive@" + (repositoryId.contains(".") ? repositoryId : "masthead.invalid"))
                .withBaseUrl(baseUrl)
                .withEarliestDate(catalog.earliest())
                // Seconds, with day-granular arguments widened in handle(): xoai's lenient mode would
                // widen every "until" to the end of its day.
                .withGranularity(Granularity.Second)
                .withDeleteMethod(DeletedRecord.NO)
                .withMaxListIdentifiers(pageSize)
                .withMaxListRecords(pageSize)
                .withMaxListSets(pageSize)
                .build();
        Repository repository = new Repository(configuration).withItemRepository(new Items())
                .withSetRepository(new Sets());
        provider = DataProvider.dataProvider(context, repository);
    }

    /** The response to a request with these query parameters, as OAI-PMH XML. */
    public String handle(Map<String, String[]> parameters) {
        OAIPMH response = provider.handle(daysAsSeconds(parameters));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // xoai echoes a garbled resumption token, decoded, into its error message and its request element;
        // control characters are not XML, so they are replaced as they are written: a StAX writer that checks
        // (Woodstox, which Solr and the library readers bring) refuses them, one that does not writes bad XML.
        try (XmlWriter writer = new XmlWriter(out, configuration) {
            @Override
            public void writeCharacters(String text) throws XMLStreamException {
                super.writeCharacters(xmlSafe(text));
            }

            @Override
            public void writeAttribute(String name, String value) throws XMLStreamException {
                super.writeAttribute(name, xmlSafe(value));
            }
        }) {
            writer.write(response);
        } catch (Exception e) {
            throw new IllegalStateException("OAI-PMH response could not be written", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The text with every character that is not XML replaced (null stays null). */
    private static String xmlSafe(String text) {
        return text == null ? null : NOT_XML.matcher(text).replaceAll("\uFFFD");
    }

    /**
     * The protocol lets every harvester use day granularity; xoai at second granularity takes only
     * seconds, so a day is turned into its first (from) or last (until) second. When only one of the two
     * is a day, they are left alone for xoai to refuse as of mixed granularity.
     */
    private static Map<String, String[]> daysAsSeconds(Map<String, String[]> parameters) {
        String[] from = parameters.get("from");
        String[] until = parameters.get("until");
        boolean fromDay = from != null && from.length == 1 && DAY.matcher(from[0]).matches();
        boolean untilDay = until != null && until.length == 1 && DAY.matcher(until[0]).matches();
        if ((from != null && !fromDay) || (until != null && !untilDay) || (!fromDay && !untilDay)) {
            return parameters;
        }
        Map<String, String[]> changed = new LinkedHashMap<>(parameters);
        if (fromDay) {
            changed.put("from", new String[] {from[0] + "T00:00:00Z"});
        }
        if (untilDay) {
            changed.put("until", new String[] {until[0] + "T23:59:59Z"});
        }
        return changed;
    }

    /** The OAI identifier of an edition id. */
    public String identifier(String editionId) {
        return identifierPrefix + editionId;
    }

    private Optional<String> editionId(String identifier) {
        return identifier != null && identifier.startsWith(identifierPrefix)
                ? Optional.of(identifier.substring(identifierPrefix.length())) : Optional.empty();
    }

    private final class Sets implements SetRepository {
        @Override
        public boolean supportSets() {
            return true;
        }

        @Override
        public List<Set> getSets() {
            return catalog.shelves().stream().map(s -> new Set(s.spec()).withName(s.name())).toList();
        }

        @Override
        public boolean exists(String setSpec) {
            return catalog.shelves().stream().anyMatch(s -> s.spec().equals(setSpec));
        }
    }

    /** An edition's header, and its metadata in one format when asked for. */
    private final class Record implements Item {
        private final EditionCatalog.Entry entry;
        private final Format format;

        Record(EditionCatalog.Entry entry, Format format) {
            this.entry = entry;
            this.format = format;
        }

        @Override
        public String getIdentifier() {
            return identifier(entry.id());
        }

        @Override
        public Instant getDatestamp() {
            return entry.datestamp();
        }

        @Override
        public List<Set> getSets() {
            return List.of(new Set(entry.set()));
        }

        @Override
        public boolean isDeleted() {
            return false;
        }

        @Override
        public Metadata getMetadata() {
            Edition edition = catalog.edition(entry.id()).orElseThrow(() ->
                    new IllegalStateException("edition vanished while harvested: " + entry.id()));
            return new Metadata(new EchoElement(format.writer().apply(entry, edition)));
        }
    }

    private final class Items implements ItemRepository {
        @Override
        public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
            return new Record(find(identifier), null);
        }

        @Override
        public Item getItem(String identifier, MetadataFormat format) throws HandlerException {
            return new Record(find(identifier), formats.get(format.getPrefix()));
        }

        private EditionCatalog.Entry find(String identifier) throws IdDoesNotExistException {
            return editionId(identifier).flatMap(catalog::entry).orElseThrow(IdDoesNotExistException::new);
        }

        @Override
        public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format,
                                                              int max, ResumptionToken.Value token) {
            ResultsPage<Item> page = getItems(filters, format, max, token);
            return new ResultsPage<>(token, page.hasMore(), List.copyOf(page.getList()), page.getTotal());
        }

        @Override
        public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int max,
                                          ResumptionToken.Value token) {
            EditionCatalog.Listing listing = catalog.list(token.getSetSpec(), token.getFrom(), token.getUntil(),
                    token.getOffset(), max);
            Format chosen = formats.get(format.getPrefix());
            List<Item> items = listing.entries().stream().<Item>map(e -> new Record(e, chosen)).toList();
            boolean more = token.getOffset() + items.size() < listing.total();
            return new ResultsPage<>(token, more, items, listing.total());
        }
    }
}
