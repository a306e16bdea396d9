package org.dramagraph.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.dramagraph.source.fetch.FetchException;
import org.dramagraph.source.fetch.Fetched;
import org.dramagraph.source.fetch.Fetcher;

/**
 * Downloads photos and keeps small copies of them in a folder, for galleries that should not load
 * the original images from the news sites. Each image is fetched politely (the fetcher's robots.txt,
 * delay, timeout and size cap), must be served as an image that the JDK's ImageIO reads (JPEG, PNG,
 * GIF, BMP), is scaled down to fit a square of the given side (never up), and is written as JPEG, or
 * PNG when it has transparency. A file is named by a hash of the image's address, so each image is
 * fetched once however many articles use it, and a second run fetches nothing.
 */
public final class Thumbnailer {
    /** The default longest side of a thumbnail, in pixels. */
    public static final int DEFAULT_SIDE = 320;
    /** Images with more pixels than this are refused before they are decoded. */
    private static final long MAX_PIXELS = 40_000_000L;

    private final Fetcher fetcher;
    private final Path folder;
    private final int side;

    /**
     * @param fetcher how images are fetched
     * @param folder  where thumbnails are written (created if missing)
     * @param side    the longest side of a thumbnail, in pixels
     */
    public Thumbnailer(Fetcher fetcher, Path folder, int side) {
        if (side <= 0) {
            throw new IllegalArgumentException("thumbnail side must be positive: " + side);
        }
        this.fetcher = fetcher;
        this.folder = folder;
        this.side = side;
    }

    /**
     * The file name (in the thumbnails folder) of the thumbnail of an image, made now if there is none yet.
     *
     * @throws ThumbnailException naming the image and the reason when it cannot be made
     */
    public String thumbnail(String imageUrl) throws ThumbnailException {
        String name = name(imageUrl);
        for (String ext : new String[] {".jpg", ".png"}) {
            if (Files.isRegularFile(folder.resolve(name + ext))) {
                return name + ext;
            }
        }
        Fetched image;
        try {
            image = fetcher.get(URI.create(imageUrl));
        } catch (FetchException e) {
            throw new ThumbnailException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ThumbnailException(imageUrl + ": not a valid address", e);
        }
        if (!image.mediaType().startsWith("image/")) {
            throw new ThumbnailException(imageUrl + ": served as " + (image.mediaType().isEmpty() ? "no type" : image.mediaType())
                    + ", not as an image");
        }
        BufferedImage picture = decode(imageUrl, image);
        BufferedImage small = scale(picture);
        boolean alpha = small.getColorModel().hasAlpha();
        String file = name + (alpha ? ".png" : ".jpg");
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, name, ".part");
            try {
                if (!ImageIO.write(small, alpha ? "png" : "jpg", tmp.toFile())) {
                    throw new ThumbnailException(imageUrl + ": no image writer for " + (alpha ? "PNG" : "JPEG"));
                }
                Files.move(tmp, folder.resolve(file), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new ThumbnailException(imageUrl + ": cannot write the thumbnail in " + folder + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** Decodes the image, refusing unreadable formats and images too large to decode safely. */
    private static BufferedImage decode(String url, Fetched image) throws ThumbnailException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image.body()))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ThumbnailException(url + ": " + image.mediaType() + " is not a format ImageIO reads");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new ThumbnailException(url + ": " + reader.getWidth(0) + "x" + reader.getHeight(0)
                            + " pixels, too large to decode");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ThumbnailException(url + ": unreadable image: " + e.getMessage(), e);
        }
    }

    /** The image scaled to fit the side, keeping its proportions; smaller images keep their size. */
    private BufferedImage scale(BufferedImage picture) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        double ratio = Math.min(1.0, (double) side / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * ratio));
        int th = Math.max(1, (int) Math.round(h * ratio));
        boolean alpha = picture.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(tw, th, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(picture, 0, 0, tw, th, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** A file name from the image's address: the same address, the same file. */
    private static String name(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
