package org.masthead.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.masthead.parse.EditionParser;
import org.masthead.parse.PageSource;
import org.masthead.parse.UnusableInputException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The parsing figure under JMH: pages/s of the parser and of the decode-and-split-lines baseline, over the
 * same batch of distinct pages {@link ParseBench} builds, in one forked JVM on one thread. ParseBench stays
 * the quick whole-batch check; this is the figure with JMH's warm-up, forking and error bars.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
public class ParseJmh {

    static final int PAGES = 1000;

    private List<PageSource> batch;
    private final EditionParser parser = new EditionParser();

    @Setup
    public void build() throws IOException {
        batch = ParseBench.generated(PAGES);
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public long baseline() throws UnusableInputException {
        return ParseBench.baseline(batch);
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public long parse() throws UnusableInputException {
        return ParseBench.parse(parser, batch);
    }
}
