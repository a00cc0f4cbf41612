package org.masthead.alto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.parse.UnusableInputException;

/** Bags are sealed with SHA-256 manifests, and any change, loss or addition is caught. */
class BagItTest {
    @TempDir
    Path dir;

    private Path bag() throws Exception {
        Path bag = dir.resolve("bag");
        Files.createDirectories(bag.resolve("data/alto"));
        Files.writeString(bag.resolve("data/mets.xml"), "<mets/>");
        Files.writeString(bag.resolve("data/alto/0001.xml"), "<alto>解放军报</alto>");
        BagIt.seal(bag, Map.of("Source-Organization", "Masthead", "External-Identifier", "jiefangjunbao/2025-06-19"));
        return bag;
    }

    @Test
    void sealedBagVerifies() throws Exception {
        Path bag = bag();
        BagIt.verify(bag);
        assertThat(Files.readString(bag.resolve("bagit.txt"))).startsWith("BagIt-Version: 1.0");
        String manifest = Files.readString(bag.resolve("manifest-sha256.txt"));
        assertThat(manifest).contains("  data/mets.xml\n", "  data/alto/0001.xml\n");
        assertThat(manifest).contains(BagIt.sha256(bag.resolve("data/mets.xml")));
        assertThat(Files.readString(bag.resolve("bag-info.txt"))).contains("Payload-Oxum: " + (Files.size(bag.resolve("data/mets.xml"))
                + Files.size(bag.resolve("data/alto/0001.xml"))) + ".2",
                "External-Identifier: jiefangjunbao/2025-06-19");
        assertThat(Files.readString(bag.resolve("tagmanifest-sha256.txt"))).contains("manifest-sha256.txt");
    }

    @Test
    void changedMissingAndExtraFilesAreCaught() throws Exception {
        Path bag = bag();
        Files.writeString(bag.resolve("data/mets.xml"), "<mets>changed</mets>");
        assertThatThrownBy(() -> BagIt.verify(bag)).isInstanceOf(UnusableInputException.class)
                .hasMessageEndingWith("bag payload file changed (SHA-256 differs): data/mets.xml");
        Path second = dir.resolve("second");
        Files.move(bag, dir.resolve("old"));
        Path again = bag();
        Files.delete(again.resolve("data/alto/0001.xml"));
        assertThatThrownBy(() -> BagIt.verify(again)).hasMessageEndingWith("bag payload file missing: data/alto/0001.xml");
        Files.writeString(again.resolve("data/alto/0001.xml"), "<alto>解放军报</alto>");
        Files.writeString(again.resolve("data/extra.txt"), "x");
        assertThatThrownBy(() -> BagIt.verify(again)).hasMessageEndingWith("bag payload file not in the manifest: data/extra.txt");
        assertThat(second).doesNotExist();
    }

    @Test
    void manifestPathsCannotLeaveTheBag() throws Exception {
        Path bag = bag();
        Files.writeString(bag.resolve("manifest-sha256.txt"), "0".repeat(64) + "  ../../etc/passwd\n");
        assertThatThrownBy(() -> BagIt.verify(bag)).hasMessageEndingWith("bag manifest names a file outside the bag: ../../etc/passwd");
    }
}
