package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.Run.run;
import static org.masthead.cli.Serving.get;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code masthead serve}: serves an archive until stopped; bad ports are one-line errors. */
class ServeCommandTest {
    @TempDir
    Path data;

    @Test
    void servesTheArchiveItIsGivenUntilInterrupted() throws Exception {
        Path samples = Files.createDirectories(data.resolve("in"));
        Samples.extractTo(samples);
        assertThat(run("ingest", "--data", data.toString(), samples.toString()).exit()).isZero();
        Path site = Files.createDirectories(data.resolve("site"));
        Files.writeString(site.resolve("logo.txt"), "masthead logo");
        Serving serving = Serving.start("serve", "--data", data.toString(), "--port", "0", "--static", site.toString());
        HttpResponse<String> titles = get(serving.base + "api/titles");
        assertThat(titles.statusCode()).isEqualTo(200);
        assertThat(titles.body()).contains("\"slug\":\"jiefangjunbao\"", "解放军报");
        assertThat(get(serving.base + "static/logo.txt").body()).isEqualTo("masthead logo");
        assertThat(serving.stop()).as("serve ends on interrupt, with status 0").isZero();
    }

    @Test
    void aPortInUseIsAOneLineError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Run run = run("serve", "--data", data.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err().strip()).startsWith("masthead: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .doesNotContain("\n").doesNotContain("Exception");
        }
    }

    @Test
    void aMissingStaticFolderIsAOneLineError() {
        Run run = run("serve", "--data", data.toString(), "--static", data.resolve("nope").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("masthead: --static " + data.resolve("nope") + ": no such folder");
    }

    @Test
    void aPortOutOfRangeIsAOneLineError() {
        Run run = run("serve", "--data", data.toString(), "--port", "70000");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("masthead: --port must be between 0 and 65535, not 70000");
    }
}
