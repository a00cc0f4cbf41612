package org.masthead.bench.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.bench.corpus.Block.Type;

/**
 * Writes one page file as a converter would: lays the page out as blocks, lets {@link Damager} damage
 * them (correcting the truth where text is lost), renders Markdown or plain text, and encodes it.
 */
final class PageWriter {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** A figure MinerU sets as a formula: a percentage or a decimal, with the Latin letters that name it (PM2.5). */
    static final Pattern FIGURE =
            Pattern.compile("(?<![0-9A-Za-z.])(?:([A-Z]{2,})(\\d+\\.\\d+)|\\d+(?:\\.\\d+)?%|\\d+\\.\\d+)");

    private final Converter converter;
    private final Damage damage;
    private final SplittableRandom random;
    private final ChineseNumbers numbers;
    private final Damager damager;

    PageWriter(Converter converter, Damage damage, SplittableRandom random, ChineseNumbers numbers) {
        this.converter = converter;
        this.damage = damage;
        this.random = random;
        this.numbers = numbers;
        this.damager = new Damager(damage, random);
    }

    GeneratedEdition.PageFile write(Masthead masthead, PageDraft page, String fileName) {
        if (page.advertisement != null) {
            // The same bytes on every day of the campaign: nothing in an ad page varies with the date.
            return new GeneratedEdition.PageFile(fileName, "UTF-8", render(advertisement(page)).getBytes(StandardCharsets.UTF_8));
        }
        List<Block> blocks = layout(masthead, page);
        damager.apply(blocks, page);
        String text = render(blocks);
        if (random.nextDouble() < damage.halfWidth()) {
            text = halfWidth(text, random.nextBoolean());
        }
        return encode(fileName, text);
    }

    private List<Block> layout(Masthead masthead, PageDraft page) {
        List<Block> blocks = new ArrayList<>();
        if (page.number == 1) {
            blocks.add(new Block(Type.TITLE, null, masthead.title().name()));
            blocks.add(new Block(Type.MASTHEAD, null, String.join("\n", masthead.lines(converter.markdown()))));
        } else {
            blocks.add(new Block(Type.PAGE_HEADER, null, "第" + page.number + "版 " + page.name));
        }
        for (Draft item : page.items) {
            layoutItem(item, blocks);
        }
        if (page.number == 1) {
            for (String label : new String[] {"客户端", "官方微博", "微信公众号"}) {
                blocks.add(new Block(Type.FURNITURE, null, masthead.title().name() + "\n" + label));
            }
        }
        blocks.add(new Block(Type.FURNITURE, null, page.editorsLine));
        return blocks;
    }

    private static List<Block> advertisement(PageDraft page) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(Type.PAGE_HEADER, null, "第" + page.number + "版 " + page.name));
        page.advertisement.forEach(ad -> blocks.add(new Block(Type.FURNITURE, null, ad.replace('|', '\n'))));
        return blocks;
    }

    private void layoutItem(Draft item, List<Block> blocks) {
        if (item.kicker != null) {
            blocks.add(new Block(Type.KICKER, item, item.kicker));
        }
        if (item.headline != null) {
            blocks.add(new Block(Type.HEADLINE, item,
                    item.subtitle == null ? item.headline : item.headline + " ——" + item.subtitle));
        }
        if (item.byline != null) {
            blocks.add(new Block(Type.BYLINE, item, item.byline));
        }
        if (item.caption != null) {
            blocks.add(new Block(Type.CAPTION, item, item.caption));
            blocks.add(new Block(Type.CREDIT, item, item.creditText));
        }
        if (item.refersText != null) {
            blocks.add(new Block(Type.REFERS, item, item.refersText));
        }
        Block last = null;
        for (int s = 0; s < item.headings.size(); s++) {
            if (item.headings.get(s) != null) {
                blocks.add(new Block(Type.HEADING, item, item.headings.get(s)));
            }
            List<String> paragraphs = item.paragraphs.get(s);
            for (int p = 0; p < paragraphs.size(); p++) {
                Block block = new Block(Type.PARAGRAPH, item, s, p, paragraphs.get(p));
                if (last == null) {
                    block.prefix = item.continuedFrom != null ? "（上接第" + numbers.of(item.continuedFrom) + "版）"
                            : item.datelineText != null ? item.datelineText + " " : "";
                }
                blocks.add(block);
                last = block;
            }
        }
        if (last != null && item.continuedOn != null) {
            last.suffix = "（下转第" + numbers.of(item.continuedOn) + "版）";
        }
    }

    private String render(List<Block> blocks) {
        boolean markdown = converter.markdown();
        String lineBreak = converter == Converter.MARKDOWN_LINES ? "\n\n" : markdown ? "  \n" : "\n";
        StringBuilder out = new StringBuilder(8192);
        int anchor = 0;
        for (Block block : blocks) {
            if (out.length() > 0) {
                // Converters leave wider gaps around boxes and sidebars than between paragraphs.
                out.append(block.type == Type.FURNITURE ? "\n\n\n\n" : "\n\n");
            }
            // A kicker is set larger than the text, smaller than the headline.
            int level = switch (block.type) {
                case TITLE -> 1;
                case HEADLINE -> 2;
                case HEADING, KICKER -> 3;
                default -> 0;
            };
            String text = block.prefix + block.text.replace("\n", lineBreak) + block.suffix;
            if (converter == Converter.MARKDOWN_FORMULAS) {
                text = formulas(text);
            }
            if (level > 0 && converter == Converter.MARKDOWN_HTML) {
                out.append("<span id=\"page-0-").append(anchor++).append("\"></span>");
            }
            if (level == 0 || !markdown) {
                out.append(text);
            } else if (converter == Converter.MARKDOWN_FLAT || converter == Converter.MARKDOWN_FORMULAS) {
                out.append("# ").append(text);
            } else if (converter == Converter.MARKDOWN_BOLD && level > 1) {
                out.append("**").append(text).append("**");
            } else {
                out.append("#".repeat(level)).append(' ').append(text);
            }
        }
        return out.append('\n').toString();
    }

    /**
     * Each figure as MinerU's formula recognition writes it: TeX between dollars, token by token about half the
     * time ({@code $1 4 . 3 \%$} or {@code $14.3\%$}), a space either side except at a line's end.
     */
    private String formulas(String text) {
        Matcher figure = FIGURE.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (figure.find()) {
            boolean spaced = random.nextBoolean();
            String tex = figure.group(1) != null
                    ? "\\mathrm{" + tokens(figure.group(1), spaced) + "}_{" + tokens(figure.group(2), spaced) + "}"
                    : tokens(figure.group(), spaced).replace("%", "\\%");
            boolean opensLine = figure.start() == 0 || text.charAt(figure.start() - 1) == '\n';
            boolean endsLine = figure.end() == text.length() || text.charAt(figure.end()) == '\n';
            figure.appendReplacement(out, Matcher.quoteReplacement((opensLine ? "" : " ") + "$" + tex + "$"
                    + (endsLine ? "" : " ")));
        }
        return figure.appendTail(out).toString();
    }

    private static String tokens(String figure, boolean spaced) {
        return spaced ? String.join(" ", figure.split("")) : figure;
    }

    /** The half-width punctuation converters put in Chinese text (the sample page is full of it). */
    private static String halfWidth(String text, boolean brackets) {
        String narrowed = text.replace('，', ',').replace('；', ';').replace('：', ':');
        return brackets ? narrowed.replace('（', '(').replace('）', ')') : narrowed;
    }

    private GeneratedEdition.PageFile encode(String fileName, String text) {
        if (random.nextDouble() >= damage.otherEncoding()) {
            return new GeneratedEdition.PageFile(fileName, "UTF-8", text.getBytes(StandardCharsets.UTF_8));
        }
        return switch (random.nextInt(4)) {
            case 0 -> new GeneratedEdition.PageFile(fileName, "GB18030", text.getBytes(GB18030));
            case 1 -> {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                byte[] bytes = new byte[BOM.length + utf8.length];
                System.arraycopy(BOM, 0, bytes, 0, BOM.length);
                System.arraycopy(utf8, 0, bytes, BOM.length, utf8.length);
                yield new GeneratedEdition.PageFile(fileName, "UTF-8+BOM", bytes);
            }
            case 2 -> new GeneratedEdition.PageFile(fileName, "UTF-8+CRLF",
                    text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            default -> new GeneratedEdition.PageFile(fileName, "GB18030+CRLF", text.replace("\n", "\r\n").getBytes(GB18030));
        };
    }
}
