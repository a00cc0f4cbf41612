package org.masthead.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.masthead.model.Item;
import org.masthead.model.Json;
import org.masthead.model.Masthead;
import org.masthead.model.Page;
import org.masthead.model.Section;
import org.masthead.parse.Source;
import org.masthead.parse.SourceFormat;
import org.masthead.parse.SourcePage;
import org.masthead.parse.UnusableInputException;

/**
 * A format that exists only in this module's tests, registered in its test resources alone: a tiny JSON
 * page, {@code {"jsonPage": {"title", "date", "page", "items": [{"headline", "paragraphs": […]}]}}}. It shows
 * that a format on the class path is picked up by parse and ingest with no other change.
 */
public final class JsonPageFormat implements SourceFormat {

    @Override
    public String name() {
        return "json-page";
    }

    @Override
    public List<String> mediaTypes() {
        return List.of("application/x-masthead-test-page+json");
    }

    @Override
    public double detect(Source source) {
        String head = new String(source.bytes(), 0, Math.min(64, source.bytes().length), StandardCharsets.UTF_8);
        return head.replaceAll("\\s", "").startsWith("{\"jsonPage\"") ? (source.extension().equals("json") ? 1 : 0.9)
                : 0;
    }

    @Override
    public List<SourcePage> read(Source source) throws UnusableInputException {
        JsonNode page;
        try {
            page = Json.mapper().readTree(source.bytes()).get("jsonPage");
        } catch (IOException e) {
            throw new UnusableInputException(source.name(), "is not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode item : page.get("items")) {
            List<String> paragraphs = new ArrayList<>();
            item.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
            items.add(Item.builder().headline(item.get("headline").asText())
                    .sections(List.of(new Section(null, paragraphs))).build());
        }
        Masthead masthead = Masthead.builder().title(page.get("title").asText())
                .date(LocalDate.parse(page.get("date").asText())).build();
        return List.of(SourcePage.made(source.name(), masthead,
                new Page(page.get("page").asInt(), null, List.of(), items)));
    }
}
