package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The source-format readers: what each marks as title, headline, section and text. */
class ReadersTest {

    private static List<Block> read(String text) {
        return PageReader.forText(text).read(text);
    }

    /** Issue 16 finding 3: a line of 3,000 '>' overflowed the stack of the regex that dropped quote marks. */
    @Test
    void aLineOfThousandsOfQuoteMarksIsReadNotAStackOverflow() {
        List<Block> blocks = read("## 标题\n\n" + "> ".repeat(1500) + "引文\n\n" + ">".repeat(3000) + "\n");
        assertThat(blocks).extracting(Block::text).containsExactly("标题", "引文");
    }

    @Test
    void markdownHeadingLevelsAndMarks() {
        List<Block> blocks = read("""
                # 解放军报

                ## **习近平回到北京**

                ![photo](img/1.png)

                > 纪念特刊  \\
                > (第五至八版)

                - 第一行
                正文里的\\*星号\\*和*强调*。

                ### 一、继往开来
                """);
        assertThat(blocks).extracting(Block::type).containsExactly(Block.Type.TITLE, Block.Type.HEADLINE,
                Block.Type.TEXT, Block.Type.TEXT, Block.Type.SECTION);
        assertThat(blocks.get(1).text()).isEqualTo("习近平回到北京");
        assertThat(blocks.get(2).lines()).containsExactly("纪念特刊", "(第五至八版)");
        assertThat(blocks.get(3).text()).isEqualTo("第一行正文里的*星号*和强调。");
        assertThat(blocks.get(4).text()).isEqualTo("一、继往开来");
    }

    @Test
    void plainTextHeadings() {
        List<Block> blocks = read("""
                习近平回到北京

                新华社北京6月18日电 6月18日下午，国家主席习近平结束出席峰会后乘专机回到北京。中共中央政治局常委等陪同人员同机返回。

                “中亚国家同中国合作的强大动力”

                一、继往开来，点亮“中国—中亚精神”

                王毅说，中国同中亚国家山水相连、唇齿相依，始终以信相交、以诚相待，是命运与共的好邻居、好伙伴、好兄弟，双方携手前行、共创未来。

                练兵备战

                这是正文里的一段话，讲述了练兵备战的意义，也讲述了官兵们在训练场上的故事和感受。

                本报记者 张三 李四

                董建华摄
                """);
        // A bare short line inside running text is a section heading; bylines and credits are never headings.
        assertThat(blocks).extracting(Block::type).containsExactly(Block.Type.HEADLINE, Block.Type.TEXT,
                Block.Type.SECTION, Block.Type.SECTION, Block.Type.TEXT, Block.Type.SECTION, Block.Type.TEXT,
                Block.Type.TEXT, Block.Type.TEXT);
    }

    @Test
    void plainTextWithoutBlankLinesTakesEachLineAsABlock() {
        List<Block> blocks = read("习近平回到北京\n新华社北京6月18日电 正文第一段。\n正文第二段。\n");
        assertThat(blocks).extracting(Block::type).containsExactly(Block.Type.HEADLINE, Block.Type.TEXT,
                Block.Type.TEXT);
    }

    @Test
    void linesOfAParagraphJoinWithoutSpacesExceptBetweenLatinWords() {
        assertThat(new Block(Block.Type.TEXT, List.of("凭实", "绩进步")).text()).isEqualTo("凭实绩进步");
        assertThat(new Block(Block.Type.TEXT, List.of("RENMIN", "RIBAO")).text()).isEqualTo("RENMIN RIBAO");
    }
}
