package org.masthead.web;

/** A started server over the test archive, for one test class. */
final class ServedArchive implements AutoCloseable {
    static final String SLUG = "jiefangjunbao";

    final Newsstand newsstand;
    final WebServer server;
    final String base;

    private ServedArchive(Newsstand newsstand) {
        this.newsstand = newsstand;
        this.server = WebServer.start(newsstand, "127.0.0.1", 0);
        this.base = "http://127.0.0.1:" + server.port();
    }

    static ServedArchive start() {
        return new ServedArchive(new MemoryNewsstand(SLUG, Fixtures.editions()));
    }

    @Override
    public void close() {
        server.close();
    }
}
