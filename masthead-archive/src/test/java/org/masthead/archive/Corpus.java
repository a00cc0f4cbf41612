package org.masthead.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Page files for ingest tests: the hand-written corpus, the shared sample page, and stamped-out runs. */
final class Corpus {
    private Corpus() {
    }

    /** Copies the hand-written corpus (three editions of 解放军报, pages 1 and 3, with jumps) into {@code dir}. */
    static Path handWritten(Path dir) {
        try {
            Path source = Path.of(Corpus.class.getResource("/corpus").toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = dir.resolve(source.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real front page shared with the project (../shared/samples from the repository root). */
    static Path sample() {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("masthead"))) {
            root = root.getParent();
        }
        Path shared = root == null ? null : root.resolveSibling("shared").resolve("samples/jfjb-2025-06-19-p01.md");
        if (shared != null && Files.exists(shared)) {
            return shared;
        }
        // The copy the product ships, for checkouts without ../shared.
        return root.resolve("masthead-cli/src/main/resources/samples/jfjb-2025-06-19-p01.md");
    }

    /**
     * Writes {@code editions} consecutive editions from {@code first}, each a front page whose lead article
     * jumps to page 3 and the page 3 that continues it. Returns the folder.
     */
    static Path run(Path dir, LocalDate first, int editions) {
        try {
            List<Path> written = new ArrayList<>();
            for (int n = 0; n < editions; n++) {
                LocalDate date = first.plusDays(n);
                Path folder = Files.createDirectories(dir.resolve(String.format("%04d/%02d", date.getYear(),
                        date.getMonthValue())));
                String key = "jfjb-" + date;
                written.add(Files.writeString(folder.resolve(key + "-p01.md"), front(date, 24633 + n, n),
                        StandardCharsets.UTF_8));
                written.add(Files.writeString(folder.resolve(key + "-p03.md"), third(n), StandardCharsets.UTF_8));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String front(LocalDate date, int issue, int n) {
        return "# 解放军报\n\n" + date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日 第"
                + issue + "号 解放军报社出版  \n今日4版 国内统一连续出版物号: CN 81-0001/(J)\n\n"
                + "## 第" + n + "支巡逻分队圆满完成任务\n\n本报讯 记者张三报道:第" + n + "支巡逻分队近日圆满完成边境巡逻任务。\n\n"
                + "分队官兵克服高寒缺氧等困难,行程数百公里。（下转第三版）\n\n"
                + "## 练兵场上比作风\n\n■李四\n\n作风建设永远在路上,第" + n + "次强调不为过。\n";
    }

    static String third(int n) {
        return "第3版 要闻\n\n## 某旅开展第" + n + "次实战化演练\n\n本报讯 记者王五报道:某旅组织跨昼夜实战化演练。\n\n"
                + "## 第" + n + "支巡逻分队圆满完成任务\n\n（上接第一版）分队长表示,将继续守好祖国边防第" + n + "段。\n\n"
                + "责任编辑:赵六\n";
    }
}
