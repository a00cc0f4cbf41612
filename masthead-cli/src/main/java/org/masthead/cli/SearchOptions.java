package org.masthead.cli;

import java.nio.file.Path;
import org.masthead.search.SearchException;
import org.masthead.search.SearchIndex;
import picocli.CommandLine.Option;

/** Where the search index lives ({@code @Mixin SearchOptions search;}): embedded under --data, or SolrCloud. */
final class SearchOptions {

    @Option(names = "--solr", paramLabel = "ZK|URL",
            description = "SolrCloud ZooKeeper address host:port[,host:port][/chroot], or a Solr URL "
                    + "http://host:8983/solr (default: the embedded index under --data).")
    String solr;

    /** Opens the index; one that cannot be opened is a one-line user error. */
    SearchIndex open(Path data) {
        try {
            return SearchIndex.open(data, solr);
        } catch (SearchException e) {
            throw new UserError(e.getMessage());
        }
    }
}
