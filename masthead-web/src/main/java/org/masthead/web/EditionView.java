package org.masthead.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masthead.model.Article;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Page;

/**
 * An edition together with its logical articles: which article each item belongs to, and the articles in
 * reading order (page by page, item by item, each article where its first part stands).
 */
public final class EditionView {
    private final String slug;
    private final Edition edition;
    private final Map<String, Article> articleByItem = new HashMap<>();
    private final Map<String, Item> items = new HashMap<>();
    private final List<Article> readingOrder = new ArrayList<>();

    public EditionView(String slug, Edition edition, List<Article> articles) {
        this.slug = slug;
        this.edition = edition;
        for (Article article : articles) {
            article.partIds().forEach(part -> articleByItem.put(part, article));
        }
        for (Page page : edition.pages()) {
            for (Item item : page.items()) {
                items.put(item.id(), item);
                Article article = articleByItem.get(item.id());
                if (article != null && article.id().equals(item.id())) {
                    readingOrder.add(article);
                }
            }
        }
    }

    public String slug() {
        return slug;
    }

    public Edition edition() {
        return edition;
    }

    public Optional<Page> page(int number) {
        return edition.pages().stream().filter(p -> p.number() == number).findFirst();
    }

    /** The logical article an item is part of, if the archive made one of it. */
    public Optional<Article> articleOf(Item item) {
        return Optional.ofNullable(articleByItem.get(item.id()));
    }

    /**
     * What to call an item in lists: its headline; else its article's (a part whose headline the converter
     * lost); else its caption; else the start of its text.
     */
    public String label(Item item) {
        if (item.headline() != null) {
            return item.headline();
        }
        Article article = articleByItem.get(item.id());
        if (article != null && article.headline() != null) {
            return article.headline();
        }
        String label = item.label();
        return label == null ? "" : label;
    }

    /** Whether the item continues an article begun on another page (上接…). */
    public boolean isContinuation(Item item) {
        Article article = articleByItem.get(item.id());
        return article != null && !article.id().equals(item.id());
    }

    /** The item with this id in this edition. */
    public Optional<Item> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /** The item's position (1-based) within its logical article's parts. */
    public int partNumber(Item item) {
        Article article = articleByItem.get(item.id());
        return article == null ? 1 : article.partIds().indexOf(item.id()) + 1;
    }

    /** The page an item stands on. */
    public int pageOf(String itemId) {
        for (Page page : edition.pages()) {
            for (Item item : page.items()) {
                if (item.id().equals(itemId)) {
                    return page.number();
                }
            }
        }
        return 0;
    }

    /** The parts of an article as items, in reading order; parts not in this edition are left out. */
    public List<Item> parts(Article article) {
        return article.partIds().stream().map(items::get).filter(java.util.Objects::nonNull).toList();
    }

    public List<Article> readingOrder() {
        return readingOrder;
    }

    /** The article read before ({@code -1}) or after ({@code +1}) the given one, if any. */
    public Optional<Article> neighbour(Article article, int step) {
        for (int i = 0; i < readingOrder.size(); i++) {
            if (readingOrder.get(i).id().equals(article.id())) {
                int j = i + step;
                return j >= 0 && j < readingOrder.size() ? Optional.of(readingOrder.get(j)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
