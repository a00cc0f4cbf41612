package org.masthead.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.masthead.web.SearchLevel;
import org.masthead.archive.Archive;
import org.masthead.search.SearchException;
import org.masthead.search.SearchIndex;
import picocli.CommandLine.Option;

/** Where the search index lives ({@code @Mixin SearchOptions search;}): embedded under --data, or SolrCloud. */
final class SearchOptions {

    @Option(names = "--solr", paramLabel = "ZK|URL",
            description = "SolrCloud ZooKeeper address host:port[,host:port][/chroot], or a Solr URL "
                    + "http://host:8983/solr (default: the embedded index under --data).")
    String solr;

    /**
     * Opens the index; one that cannot be opened is a one-line user error. A damaged embedded index is set
     * aside and started anew (said in one line on {@code err}); the record fills it, as for any new index.
     */
    SearchIndex open(Path data, PrintWriter err) {
        try {
            SearchIndex index = SearchIndex.open(data, solr);
            index.repaired().ifPresent(what -> {
                err.println("masthead: " + UserError.oneLine(what));
                err.flush();
            });
            return index;
        } catch (SearchException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Opens the index and brings it level with the record first, as every start does. */
    SearchIndex openLevel(Archive archive, PrintWriter err) {
        SearchIndex index = open(archive.data(), err);
        try {
            SearchLevel.level(archive, index);
            return index;
        } catch (SearchException e) {
            index.close();
            throw new UserError(e.getMessage());
        }
    }
}
