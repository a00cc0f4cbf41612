package org.masthead.iiif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page image cut into a level 0 tile tree: info.json says what is there, and every tile a viewer asks for is. */
class ImageTilesTest {
    @TempDir
    Path work;

    /** A grey page 1300 × 1900 with a red block at (600, 700)-(700, 800). */
    static BufferedImage page() {
        BufferedImage image = new BufferedImage(1300, 1900, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(230, 230, 230));
        g.fillRect(0, 0, 1300, 1900);
        g.setColor(Color.RED);
        g.fillRect(600, 700, 100, 100);
        g.dispose();
        return image;
    }

    @Test
    void infoJsonDescribesTheTreeAsLevel0() throws Exception {
        Path tree = work.resolve("p1");
        ImageTiles.Info info = ImageTiles.write(page(), tree, "http://127.0.0.1/iiif/image/t/2025-06-19/p1");
        JsonNode json = new ObjectMapper().readTree(Files.readString(tree.resolve("info.json")));
        assertThat(json.get("@context").asText()).isEqualTo("http://iiif.io/api/image/3/context.json");
        assertThat(json.get("type").asText()).isEqualTo("ImageService3");
        assertThat(json.get("protocol").asText()).isEqualTo("http://iiif.io/api/image");
        assertThat(json.get("profile").asText()).isEqualTo("level0");
        assertThat(json.get("width").asInt()).isEqualTo(1300);
        assertThat(json.get("height").asInt()).isEqualTo(1900);
        // 1300 × 1900 → 650 × 950 → 325 × 475, which fits one 512 tile.
        assertThat(json.get("tiles").get(0).get("scaleFactors").toString()).isEqualTo("[1,2,4]");
        assertThat(json.get("tiles").get(0).get("width").asInt()).isEqualTo(512);
        assertThat(json.get("sizes").toString()).isEqualTo("[{\"width\":325,\"height\":475},"
                + "{\"width\":650,\"height\":950},{\"width\":1300,\"height\":1900}]");
        assertThat(ImageTiles.Info.read(tree)).isEqualTo(info);
        assertThat(ImageTiles.fullPath(info, info.sizes().get(0))).isEqualTo("full/325,475/0/default.jpg");
        for (ImageTiles.Size size : info.sizes()) {
            BufferedImage whole = ImageIO.read(tree.resolve(ImageTiles.fullPath(info, size)).toFile());
            assertThat(new ImageTiles.Size(whole.getWidth(), whole.getHeight())).isEqualTo(size);
        }
        assertThat(ImageTiles.fullPath(info, info.sizes().get(2))).isEqualTo("full/max/0/default.jpg");
    }

    @Test
    void everyTileAViewerAsksForIsThereWithTheRightPixels() throws Exception {
        Path tree = work.resolve("p1");
        ImageTiles.Info info = ImageTiles.write(page(), tree, "x");
        List<String> asked = viewerRequests(info);
        // 3 × 4 tiles at full size, 2 × 2 at half, one at a quarter.
        assertThat(asked).hasSize(12 + 4 + 1).contains("512,512,512,512/512,512/0/default.jpg",
                "1024,1536,276,364/276,364/0/default.jpg", "1024,1024,276,876/138,438/0/default.jpg",
                "full/325,475/0/default.jpg");
        for (String url : asked) {
            String[] p = url.split("/");
            assertThat(ImageTiles.tile(tree, info, p[0], p[1], p[2], p[3])).as(url).isPresent();
        }
        try (Stream<Path> files = Files.walk(tree)) {
            // The tiles, and the whole image at the two levels larger than a tile.
            assertThat(files.filter(f -> f.toString().endsWith(".jpg")).count()).isEqualTo(asked.size() + 2);
        }
        // The red block lands where it should at full size and at half size.
        BufferedImage full = ImageIO.read(tree.resolve("512,512,512,512/512,512/0/default.jpg").toFile());
        assertThat(full.getWidth()).isEqualTo(512);
        assertRed(full.getRGB(600 - 512 + 50, 700 - 512 + 50), true);
        assertRed(full.getRGB(10, 10), false);
        BufferedImage half = ImageIO.read(tree.resolve("0,0,1024,1024/512,512/0/default.jpg").toFile());
        assertRed(half.getRGB(325, 375), true);
        assertRed(half.getRGB(280, 375), false);
    }

    @Test
    void equivalentFormsFindTheSameTileAndOthersNone() throws Exception {
        Path tree = work.resolve("p1");
        ImageTiles.Info info = ImageTiles.write(page(), tree, "x");
        Path canonical = tree.resolve("1024,1024,276,876/138,438/0/default.jpg");
        assertThat(ImageTiles.tile(tree, info, "1024,1024,276,876", "138,", "0", "default.jpg")).contains(canonical);
        assertThat(ImageTiles.tile(tree, info, "1024,1024,276,876", ",438", "0", "default.jpg")).contains(canonical);
        assertThat(ImageTiles.tile(tree, info, "0,0,512,512", "max", "0", "default.jpg"))
                .contains(tree.resolve("0,0,512,512/512,512/0/default.jpg"));
        assertThat(ImageTiles.tile(tree, info, "0,0,1300,1900", "325,", "0", "default.jpg"))
                .contains(tree.resolve("full/325,475/0/default.jpg"));
        // Level 0 serves only what was cut: no other region, size, rotation or format.
        assertThat(ImageTiles.tile(tree, info, "10,10,512,512", "512,512", "0", "default.jpg")).isEmpty();
        assertThat(ImageTiles.tile(tree, info, "full", "100,", "0", "default.jpg")).isEmpty();
        assertThat(ImageTiles.tile(tree, info, "0,0,512,512", "512,512", "90", "default.jpg")).isEmpty();
        assertThat(ImageTiles.tile(tree, info, "0,0,512,512", "512,512", "0", "default.png")).isEmpty();
        assertThat(ImageTiles.tile(tree, info, "..", "..", "0", "default.jpg")).isEmpty();
    }

    @Test
    void wholeImagesWiderThanTheReadersAreLeftToTheTiles() throws Exception {
        Path tree = work.resolve("wide");
        ImageTiles.Info info = ImageTiles.write(new BufferedImage(2339, 3308, BufferedImage.TYPE_INT_RGB), tree, "x");
        assertThat(info.sizes()).containsExactly(new ImageTiles.Size(293, 414), new ImageTiles.Size(585, 827),
                new ImageTiles.Size(1170, 1654));
        assertThat(info.tiles().get(0).scaleFactors()).containsExactly(1, 2, 4, 8);
        assertThat(tree.resolve("full/1170,1654/0/default.jpg")).isRegularFile();
        assertThat(tree.resolve("full/max")).doesNotExist();
        for (String url : viewerRequests(info)) {
            String[] p = url.split("/");
            assertThat(ImageTiles.tile(tree, info, p[0], p[1], p[2], p[3])).as(url).isPresent();
        }
    }

    @Test
    void anImageSmallerThanATileIsOneFullImage() throws Exception {
        Path tree = work.resolve("small");
        ImageTiles.Info info = ImageTiles.write(new BufferedImage(300, 400, BufferedImage.TYPE_BYTE_GRAY), tree, "x");
        assertThat(info.tiles().get(0).scaleFactors()).containsExactly(1);
        assertThat(info.sizes()).containsExactly(new ImageTiles.Size(300, 400));
        assertThat(tree.resolve("full/max/0/default.jpg")).isRegularFile();
        assertThat(viewerRequests(info)).containsExactly("full/max/0/default.jpg");
    }

    private static void assertRed(int rgb, boolean red) {
        Color c = new Color(rgb);
        assertThat(c.getRed() > 200 && c.getGreen() < 60 && c.getBlue() < 60).as("rgb %s", c).isEqualTo(red);
    }

    /**
     * The tile URLs a version 3 client computes from info.json alone, as OpenSeadragon's IIIF tile source
     * does (the viewer inside Mirador): per level, region in full pixels and size in level pixels.
     */
    static List<String> viewerRequests(ImageTiles.Info info) {
        List<String> urls = new ArrayList<>();
        int tile = info.tiles().get(0).width();
        for (int factor : info.tiles().get(0).scaleFactors()) {
            int levelWidth = (int) Math.ceil(info.width() / (double) factor);
            int levelHeight = (int) Math.ceil(info.height() / (double) factor);
            if (levelWidth < tile && levelHeight < tile) {
                String size = levelWidth == info.width() && levelHeight == info.height() ? "max"
                        : levelWidth + "," + levelHeight;
                urls.add("full/" + size + "/0/default.jpg");
                continue;
            }
            int step = tile * factor;
            for (int row = 0; row * step < info.height(); row++) {
                for (int col = 0; col * step < info.width(); col++) {
                    int x = col * step;
                    int y = row * step;
                    int w = Math.min(step, info.width() - x);
                    int h = Math.min(step, info.height() - y);
                    int sw = Math.min(tile, levelWidth - col * tile);
                    int sh = Math.min(tile, levelHeight - row * tile);
                    urls.add(x + "," + y + "," + w + "," + h + "/" + sw + "," + sh + "/0/default.jpg");
                }
            }
        }
        return urls;
    }
}
