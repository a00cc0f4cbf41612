package org.masthead.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fourth stage: takes page furniture out of the text: QR-code labels (客户端, 官方微博, 微信公众号) and the
 * editors' line, whose names go to the page. Jump notes are furniture too but stay on their paragraph until
 * segmentation, which needs them.
 */
final class Furniture {
    private static final Pattern QR_LABEL = Pattern.compile(
            "\\p{IsHan}{0,8}?(?:客户端|官方微博|微信公众号|公众号|微博|抖音号|视频号|快手号|头条号|小程序|APP|App)"
                    + "|扫码\\p{IsHan}{0,8}|扫一扫\\p{IsHan}{0,8}|\\p{IsHan}{0,6}二维码");
    private static final String EDITOR_ROLE = "(?:版面编辑|责任编辑|本版编辑|本版责编|责编)";
    private static final Pattern EDITORS = Pattern.compile(EDITOR_ROLE + "\\s*[:：]?\\s*(.*)");
    /** Other roles on the page and the desk's contacts (联系电话：…, E-mail：…), which may follow the editors. */
    private static final Pattern OTHER_ROLE = Pattern.compile(
            "(?:(?:美术编辑|美编|校对|版式设计|制图|图片编辑)\\s*[:：]?|(?:联系电话|电话|传真|E-?mail|邮箱)\\s*[:：]).*");
    /** Where an editors' role starts inside a running head's line (…星期四 2 要闻 责任编辑：张三). */
    private static final Pattern EDITORS_IN_LINE = Pattern.compile("(?<=\\s)" + EDITOR_ROLE);
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{2,4}");
    private static final int MAX_LABEL_LINE = 12;
    /** The most an editors' line gives its names: a few, padded (责任编辑：胡春生　龙　敏　任兴华). */
    private static final int MAX_NAMES = 34;

    private Furniture() {
    }

    /** The blocks without furniture; the editors' names found are added to {@code editors}. */
    static List<Block> remove(List<Block> blocks, String title, List<String> editors) {
        List<Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.type() != Block.Type.TEXT && block.type() != Block.Type.HEADLINE) {
                kept.add(block);
            } else if (isQrLabel(block, title) || isTitleAlone(block, title)) {
                continue;
            } else if (i + 1 < blocks.size() && isNameAbove(block) && isQrLabel(blocks.get(i + 1), null)) {
                continue;
            } else if (isRoleBlock(block) && i + 1 < blocks.size() && isEditorsBlock(blocks.get(i + 1))) {
                continue; // the page's other roles over its editors' line (版式设计：张三 / 本版责编：李四)
            } else if (!editors(block, editors)) {
                kept.add(block);
            } else {
                // Names on blocks of their own after the editors' line belong to it: after a bare 版面编辑, or where
                // a converter cut the line at its wide spaces (责任编辑：胡春生 / 龙　敏 / 任兴华). The page's other
                // roles and the desk's contacts on lines of their own after it are the page's too (版式设计：张三).
                while (i + 1 < blocks.size() && (isNameBlock(blocks.get(i + 1)) || isRoleBlock(blocks.get(i + 1)))) {
                    Block next = blocks.get(++i);
                    if (!isRoleBlock(next)) {
                        next.lines().forEach(line -> addNames(line, editors));
                    }
                }
            }
        }
        return kept;
    }

    /** A block of one or a few short lines, at least one a QR label, the others the paper's name. */
    private static boolean isQrLabel(Block block, String title) {
        List<String> lines = block.lines();
        if (lines.size() > 3 || lines.get(lines.size() - 1).length() > MAX_LABEL_LINE) {
            return false;
        }
        boolean label = false;
        for (String line : lines) {
            if (line.length() > MAX_LABEL_LINE) {
                return false;
            }
            if (isQrLabelLine(line)) {
                label = true;
            } else if (!line.equals(title) && lines.size() == 1) {
                return false;
            }
        }
        return label;
    }

    /** A QR code's label (客户端, 官方微博, 扫码看视频). */
    static boolean isQrLabelLine(String line) {
        return QR_LABEL.matcher(line).matches();
    }

    /** A short headline-like line over a QR label: the label's first words (人民网 / 客户端). */
    private static boolean isNameAbove(Block block) {
        return block.lines().size() == 1 && block.lines().get(0).length() <= 6 && block.type() == Block.Type.HEADLINE;
    }

    /**
     * The paper's name on a line of its own below the head: a QR code's label's first line, which converters set
     * apart from the label's rest and from one another (解放军报 / 解放军报 / 客户端 / 官方微博), or a running head's
     * part. No item is headed by the paper's bare name.
     */
    private static boolean isTitleAlone(Block block, String title) {
        return title != null && block.lines().size() == 1 && block.lines().get(0).equals(title);
    }

    /** Whether the line opens with an editor's or another page role (责任编辑：, 美术编辑：). */
    static boolean opensRoleLine(String line) {
        return line.indexOf('编') >= 0 && EDITORS.matcher(line).lookingAt() || OTHER_ROLE.matcher(line).lookingAt();
    }

    /**
     * Where the editors' line starts inside a line that holds the running head before it (2025年6月19日 星期四 2 要闻
     * 责任编辑：张三 李四), or -1.
     */
    static int editorsIn(String line) {
        Matcher m = EDITORS_IN_LINE.matcher(line);
        return line.indexOf('编') > 0 && m.find() ? m.start() : -1;
    }

    /** Reads an editors' block, adding the names; false when the block is not one. */
    private static boolean editors(Block block, List<String> editors) {
        String first = block.lines().get(0);
        if (first.indexOf('编') < 0) {
            return false;
        }
        Matcher m = EDITORS.matcher(first);
        if (!m.matches()) {
            return false;
        }
        // Other roles and the desk's contacts may share the line (责任编辑：段　晓　　美术编辑：孙　琳); their names
        // are not the editors'.
        String own = m.group(1);
        Matcher other = OTHER_ROLE.matcher(own);
        String named = other.find() ? own.substring(0, other.start()) : own;
        if (named.length() > MAX_NAMES) {
            return false; // running text that opens with the word (责编告诉记者，……)
        }
        List<String> names = new ArrayList<>();
        addNames(named, names);
        for (int i = 1; i < block.lines().size(); i++) {
            String line = block.lines().get(i);
            if (OTHER_ROLE.matcher(line).matches()) {
                break;
            }
            addNames(line, names);
        }
        editors.addAll(names);
        return true;
    }

    private static void addNames(String text, List<String> names) {
        for (String part : Segments.signature(text).split("[\\s、，,；;]+")) {
            if (NAME.matcher(part).matches()) {
                names.add(part);
            }
        }
    }

    /** A block of the page's other roles and contacts alone (版式设计：张三, 联系电话：…), short as such lines are. */
    private static boolean isRoleBlock(Block block) {
        for (String line : block.lines()) {
            if (line.length() > MAX_NAMES || !OTHER_ROLE.matcher(line).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEditorsBlock(Block block) {
        return editors(block, new ArrayList<>());
    }

    private static boolean isNameBlock(Block block) {
        for (String line : block.lines()) {
            if (!NAME.matcher(Segments.signature(line)).matches()) {
                return false;
            }
        }
        return true;
    }
}
