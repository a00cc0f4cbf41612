package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.Run.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code masthead serve}: serves an archive until stopped; bad ports are one-line errors. */
class ServeCommandTest {
    @TempDir
    Path data;


    @Test
    void servesTheArchiveItIsGivenUntilInterrupted() throws Exception {
        Path samples = Files.createDirectories(data.resolve("in"));
        Samples.extractTo(samples);
        assertThat(run("ingest", "--data", data.toString(), samples.toString()).exit()).isZero();
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        AtomicInteger exit = new AtomicInteger(-1);
        Path site = Files.createDirectories(data.resolve("site"));
        Files.writeString(site.resolve("logo.txt"), "masthead logo");
        Thread serving = new Thread(() -> exit.set(cli.execute("serve", "--data", data.toString(), "--port", "0",
                "--static", site.toString())));
        serving.start();
        Matcher url = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher("");
        for (int i = 0; i < 1200 && !url.reset(out.toString()).find(); i++) {
            Thread.sleep(50);
        }
        assertThat(url.find(0)).as("serve printed its URL: " + out).isTrue();
        HttpResponse<String> titles = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url.group() + "api/titles")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(titles.statusCode()).isEqualTo(200);
        assertThat(titles.body()).contains("\"slug\":\"jiefangjunbao\"", "解放军报");
        HttpResponse<String> logo = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url.group() + "static/logo.txt")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logo.body()).isEqualTo("masthead logo");
        serving.interrupt();
        serving.join(10_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(exit.get()).isZero();
    }

    @Test
    void demoEndsServingItsArchiveWithTheJumpStitched() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        Thread serving = new Thread(() -> cli.execute("demo", "--data", data.resolve("demo").toString(), "--port", "0"));
        serving.start();
        Matcher url = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher("");
        for (int i = 0; i < 1200 && !url.reset(out.toString()).find(); i++) {
            Thread.sleep(50);
        }
        assertThat(url.find(0)).as("demo printed the URL it serves: " + out).isTrue();
        HttpResponse<String> edition = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url.group() + "jiefangjunbao/2025-06-19")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(edition.statusCode()).isEqualTo(200);
        assertThat(edition.body()).contains("解放军报", "第24632号");
        HttpResponse<String> search = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url.group() + "api/search?q=%E4%B8%AD%E4%BA%9A")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(search.body()).contains("<mark>中亚</mark>");
        // The generated daily's front page jumps to inner pages; the demo serves those articles stitched whole.
        HttpResponse<String> generated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url.group() + "api/editions/shiliribao/2025-06-19")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(generated.statusCode()).isEqualTo(200);
        assertThat(generated.body()).containsPattern("\"continuedOn\"\\s*:\\s*[2-9]");
        assertThat(generated.body()).as("a front-page item marked as part 1 of a stitched article")
                .containsPattern("\"part\"\\s*:\\s*1,\\s*\"parts\"\\s*:\\s*[2-9]");
        serving.interrupt();
        serving.join(10_000);
        assertThat(serving.isAlive()).isFalse();
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
