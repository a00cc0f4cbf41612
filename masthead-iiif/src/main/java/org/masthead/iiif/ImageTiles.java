package org.masthead.iiif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * IIIF Image API 3.0 at level 0: a page image cut once into a static tile tree, so any IIIF viewer can pan
 * and zoom it with no image server. The tree holds {@code info.json} and, per scale factor 1, 2, 4, … until
 * the whole image fits one tile, every tile at its canonical path ({@code x,y,w,h/w,h/0/default.jpg}) — the
 * URLs OpenSeadragon, and so Mirador, ask a level 0 service for — and the whole image at each level up to
 * {@value #WHOLE} pixels wide ({@code full/w,h/0/default.jpg}; {@code full/max/0/default.jpg} when that is
 * full size), listed in {@code sizes}.
 */
public final class ImageTiles {
    /** Tile edge in pixels: the size viewers default to, and few enough files for a newspaper page (~60). */
    public static final int TILE = 512;
    /**
     * The widest whole image kept (as wide as the reader's page image): wider ones would repeat the finest
     * tiles' pixels (30–45 % of a tree) for viewers that zoom by tiles anyway.
     */
    public static final int WHOLE = 1600;
    public static final String CONTEXT = "http://iiif.io/api/image/3/context.json";
    /** JPEG quality: the ImageIO default (0.75) blurs small newsprint type; 0.85 keeps it crisp. */
    private static final float QUALITY = 0.85f;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern XYWH = Pattern.compile("(\\d+),(\\d+),(\\d+),(\\d+)");
    private static final Pattern SIZE = Pattern.compile("(\\d*),(\\d*)");

    private ImageTiles() {
    }

    /** A width and height, as in info.json's {@code sizes}. */
    public record Size(int width, int height) {
    }

    /** A tile set of info.json. */
    public record Tiles(int width, int height, List<Integer> scaleFactors) {
    }

    /** The info.json of a level 0 image service (Image API 3.0, section 5). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@context", "id", "type", "protocol", "profile", "width", "height", "sizes", "tiles"})
    public record Info(@JsonProperty("@context") String context, String id, String type, String protocol,
                       String profile, int width, int height, List<Size> sizes, List<Tiles> tiles) {
        /** The service of an image of this size, cut into {@link #TILE}-pixel tiles. */
        public static Info of(String id, int width, int height) {
            List<Integer> factors = new ArrayList<>();
            List<Size> sizes = new ArrayList<>();
            for (int factor = 1; ; factor *= 2) {
                factors.add(factor);
                Size level = level(width, height, factor);
                if (level.width() <= TILE && level.height() <= TILE) {
                    break;
                }
            }
            // The whole image at the levels no wider than WHOLE, smallest first: a thumbnail, or the whole page
            // as one image for viewers that do not tile.
            for (int i = factors.size() - 1; i >= 0; i--) {
                Size level = level(width, height, factors.get(i));
                if (level.width() <= WHOLE || sizes.isEmpty()) {
                    sizes.add(level);
                }
            }
            return new Info(CONTEXT, id, "ImageService3", "http://iiif.io/api/image", "level0", width, height, sizes,
                    List.of(new Tiles(TILE, TILE, factors)));
        }

        /** The same service under another id (the tree on disk does not know the server's address). */
        public Info withId(String newId) {
            return new Info(context, newId, type, protocol, profile, width, height, sizes, tiles);
        }

        public String json() {
            try {
                return JSON.writeValueAsString(this);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        public static Info read(Path tree) throws IOException {
            return JSON.readValue(tree.resolve("info.json").toFile(), Info.class);
        }
    }

    /** The size of the whole image at a scale factor, as the Image API rounds it (up). */
    static Size level(int width, int height, int factor) {
        return new Size(ceilDiv(width, factor), ceilDiv(height, factor));
    }

    /** The path under a tree of the whole image at one of its {@code sizes}. */
    public static String fullPath(Info info, Size size) {
        String sizePart = size.width() == info.width() && size.height() == info.height() ? "max"
                : size.width() + "," + size.height();
        return "full/" + sizePart + "/0/default.jpg";
    }

    /**
     * Cuts the image into a tile tree at {@code tree} with an {@code info.json} naming {@code id}. The tree is
     * written beside and moved into place at once, so a tree that exists is complete.
     */
    public static Info write(BufferedImage image, Path tree, String id) throws IOException {
        Info info = Info.of(id, image.getWidth(), image.getHeight());
        Path parent = tree.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path work = Files.createTempDirectory(parent, tree.getFileName() + ".part");
        try {
            BufferedImage level = opaque(image);
            for (int factor : info.tiles().get(0).scaleFactors()) {
                if (factor > 1) {
                    Size size = level(image.getWidth(), image.getHeight(), factor);
                    level = halve(level, size);
                }
                cut(level, factor, info, work);
                Size whole = new Size(level.getWidth(), level.getHeight());
                if ((whole.width() > TILE || whole.height() > TILE) && info.sizes().contains(whole)) {
                    jpeg(level, work.resolve(fullPath(info, whole)));
                }
            }
            Files.writeString(work.resolve("info.json"), info.json());
            try {
                Files.move(work, tree, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(work, tree);
            }
        } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException made) {
            // Another writer finished the same tree first; its tree is as good as ours.
            delete(work);
        } finally {
            if (Files.exists(work)) {
                delete(work);
            }
        }
        return info;
    }

    /** Reads an image file (any format ImageIO reads) and cuts it. */
    public static Info write(Path imageFile, Path tree, String id) throws IOException {
        BufferedImage image = ImageIO.read(imageFile.toFile());
        if (image == null) {
            throw new IOException(imageFile + ": not an image ImageIO can read");
        }
        return write(image, tree, id);
    }

    /** Every tile of one level: region in full-image pixels, size in the level's pixels. */
    private static void cut(BufferedImage level, int factor, Info info, Path tree) throws IOException {
        int step = TILE * factor;
        boolean single = level.getWidth() <= TILE && level.getHeight() <= TILE;
        for (int y = 0; y < info.height(); y += step) {
            for (int x = 0; x < info.width(); x += step) {
                int w = Math.min(step, info.width() - x);
                int h = Math.min(step, info.height() - y);
                int lx = x / factor;
                int ly = y / factor;
                int lw = Math.min(TILE, level.getWidth() - lx);
                int lh = Math.min(TILE, level.getHeight() - ly);
                String path = single ? fullPath(info, new Size(lw, lh))
                        : x + "," + y + "," + w + "," + h + "/" + lw + "," + lh + "/0/default.jpg";
                jpeg(level.getSubimage(lx, ly, lw, lh), tree.resolve(path));
            }
        }
    }

    /**
     * The tile a request names, if the tree holds it: the canonical path, or an equivalent one a client may
     * use ({@code w,} for {@code w,h}; {@code x,y,w,h} of the whole image for {@code full}). Empty for any
     * other request, which a level 0 service need not serve.
     */
    public static Optional<Path> tile(Path tree, Info info, String region, String size, String rotation,
                                      String quality) {
        if (!"0".equals(rotation) || !("default.jpg".equals(quality) || "color.jpg".equals(quality))) {
            return Optional.empty();
        }
        Matcher xywh = XYWH.matcher(region);
        boolean whole = "full".equals(region) || xywh.matches() && xywh.group(1).equals("0")
                && xywh.group(2).equals("0") && Integer.parseInt(xywh.group(3)) == info.width()
                && Integer.parseInt(xywh.group(4)) == info.height();
        int rw = whole ? info.width() : xywh.matches() ? Integer.parseInt(xywh.group(3)) : -1;
        int rh = whole ? info.height() : xywh.matches() ? Integer.parseInt(xywh.group(4)) : -1;
        if (rw <= 0 || rh <= 0) {
            return Optional.empty();
        }
        String regionPart = whole ? "full" : region;
        Matcher s = SIZE.matcher(size);
        String sizePart;
        if ("max".equals(size) || size.equals(rw + "," + rh)) {
            sizePart = whole ? "max" : rw + "," + rh;
        } else if (s.matches() && !s.group(1).isEmpty() && !s.group(2).isEmpty()) {
            sizePart = size;
        } else if (s.matches() && !(s.group(1).isEmpty() && s.group(2).isEmpty())) {
            // One side given: the tile of this region with that side, as cut (rounding the other side is the
            // cutter's business, not the client's).
            sizePart = sizeWithSide(tree.resolve(regionPart), info, s.group(1), s.group(2));
        } else {
            return Optional.empty();
        }
        if (sizePart == null) {
            return Optional.empty();
        }
        Path file = tree.resolve(regionPart + "/" + sizePart + "/0/default.jpg").normalize();
        return file.startsWith(tree) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static String sizeWithSide(Path region, Info info, String width, String height) {
        if (!width.isEmpty() && Integer.parseInt(width) == info.width()
                || !height.isEmpty() && Integer.parseInt(height) == info.height()) {
            return "max";
        }
        if (!Files.isDirectory(region)) {
            return null;
        }
        try (Stream<Path> sizes = Files.list(region)) {
            return sizes.map(p -> p.getFileName().toString())
                    .filter(n -> width.isEmpty() ? n.endsWith("," + height) : n.startsWith(width + ","))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** JPEG has no alpha, and ImageIO writes odd colours for images with one: draw onto white. */
    private static BufferedImage opaque(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** The next level down: half the size, each pixel from its four (bilinear at exactly half is a box filter). */
    private static BufferedImage halve(BufferedImage level, Size size) {
        BufferedImage half = new BufferedImage(size.width(), size.height(),
                level.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = half.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(level, 0, 0, size.width(), size.height(), null);
        g.dispose();
        return half;
    }

    private static void jpeg(BufferedImage tile, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(tile, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }

    private static void delete(Path tree) {
        try (Stream<Path> files = Files.walk(tree)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
