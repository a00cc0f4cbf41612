package org.masthead.cli;

import java.util.concurrent.Callable;
import org.masthead.search.SearchException;
import org.masthead.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "solr-setup", mixinStandardHelpOptions = true,
        description = "Upload Masthead's configset to a SolrCloud cluster and create (or reload) the collection "
                + "masthead; then run masthead reindex --solr … to fill it.")
final class SolrSetupCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Mixin
    SearchOptions search;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "2", description = "Shards (default ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "2",
            description = "Replicas per shard (default ${DEFAULT-VALUE}).")
    int replicas;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (search.solr == null) {
            throw new UserError("solr-setup needs --solr host:port[/chroot] (ZooKeeper) or --solr http://host:8983/solr");
        }
        if (shards < 1 || replicas < 1) {
            throw new UserError("--shards and --replicas must be at least 1");
        }
        try (SearchIndex index = search.open(archive.data, spec.commandLine().getErr())) {
            spec.commandLine().getOut().println(index.setUp(shards, replicas));
        } catch (SearchException e) {
            throw new UserError(e.getMessage());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
