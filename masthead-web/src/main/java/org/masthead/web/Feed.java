package org.masthead.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.masthead.model.Article;

/** The Atom feed of a title: the articles of its latest editions, newest edition first. */
final class Feed {
    static final int EDITIONS = 3;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final Newsstand newsstand;

    Feed(Newsstand newsstand) {
        this.newsstand = newsstand;
    }

    void send(Context ctx, String slug) {
        TitleSummary title = newsstand.title(slug).orElseThrow();
        String base = WebServer.baseUrl(ctx);
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = title.latest(); d != null && dates.size() < EDITIONS;
                d = newsstand.adjacentEdition(slug, d, false).orElse(null)) {
            dates.add(d);
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "zh-Hans");
            element(xml, "id", base + Urls.title(slug));
            element(xml, "title", title.name());
            element(xml, "updated", timestamp(dates.isEmpty() ? LocalDate.EPOCH : dates.get(0)));
            link(xml, "self", base + Urls.feed(slug));
            link(xml, "alternate", base + Urls.title(slug));
            xml.writeStartElement("author");
            element(xml, "name", title.name());
            xml.writeEndElement();
            for (LocalDate date : dates) {
                for (Article article : newsstand.articles(slug, date)) {
                    entry(xml, base, article);
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            Responses.send(ctx, bytes.toByteArray(), "application/atom+xml; charset=utf-8", Responses.LISTING);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the feed of " + slug, e);
        }
    }

    private static void entry(XMLStreamWriter xml, String base, Article article) throws XMLStreamException {
        String url = base + Urls.article(article.id());
        xml.writeStartElement("entry");
        element(xml, "id", url);
        String headline = article.label() != null ? article.label() : article.kind().json();
        element(xml, "title", headline);
        element(xml, "updated", timestamp(article.date()));
        link(xml, "alternate", url);
        for (String author : article.authors()) {
            xml.writeStartElement("author");
            element(xml, "name", author);
            xml.writeEndElement();
        }
        String text = article.text();
        element(xml, "summary", text.length() > 200 ? text.substring(0, 200) + "…" : text);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(LocalDate date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atStartOfDay().atOffset(ZoneOffset.UTC));
    }
}
