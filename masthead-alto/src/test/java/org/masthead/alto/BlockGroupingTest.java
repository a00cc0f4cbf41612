package org.masthead.alto;

import org.masthead.model.Box;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Items from the lines of a real NDNP page that has no article structure. */
class BlockGroupingTest {
    @Test
    void everyLineLandsInExactlyOneItemInOrder() throws Exception {
        AltoPage page = AltoReader.read(Samples.eveningStarBatch()
                .resolveSibling("sn83045462/00280654255/1865100201/0007.xml"));
        List<BlockGrouping.Group> groups = BlockGrouping.group(page);
        List<AltoPage.Line> regrouped = groups.stream().flatMap(g -> Stream.concat(g.heading().stream(),
                g.body().stream().flatMap(p -> p.lines().stream()))).toList();
        List<AltoPage.Line> all = page.blocks().stream().flatMap(b -> b.lines().stream()).toList();
        assertThat(regrouped).hasSameSizeAs(all).containsExactlyInAnyOrderElementsOf(all);
        assertThat(BlockGrouping.bodySize(page.blocks())).isEqualTo(6.0);
        assertThat(groups).hasSizeBetween(20, all.size() / 10);
        assertThat(groups).anyMatch(g -> g.heading().stream().anyMatch(l -> l.text().equals("SPECIAL NOTICES.")));
        for (BlockGrouping.Group group : groups) {
            for (BlockGrouping.Part part : group.body()) {
                assertThat(part.block().lines()).containsAll(part.lines());
                for (AltoPage.Line line : part.lines()) {
                    Box box = part.box();
                    assertThat(line.box().x()).isGreaterThanOrEqualTo(box.x());
                    assertThat(line.box().y() + line.box().height()).isLessThanOrEqualTo(box.y() + box.height());
                }
            }
        }
    }
}
