package org.dramagraph.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.dramagraph.source.fetch.FetchPolicy;
import org.dramagraph.source.fetch.Fetcher;
import org.dramagraph.source.fetch.LocalWeb;
import org.dramagraph.source.fetch.LocalWeb.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailerTest {
    private final LocalWeb web = new LocalWeb();
    private final FetchPolicy quick = FetchPolicy.defaults().withHostDelay(Duration.ZERO).withTimeout(Duration.ofSeconds(5));

    @TempDir
    Path dir;

    ThumbnailerTest() throws IOException {
    }

    @AfterEach
    void stop() {
        web.close();
    }

    /** An image of the given size and kind, half red, half blue. */
    static byte[] image(int width, int height, String format, boolean transparent) throws IOException {
        BufferedImage img = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(transparent ? new Color(0, 0, 255, 0) : Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private Thumbnailer thumbnailer(FetchPolicy policy) {
        return new Thumbnailer(new Fetcher(policy), dir.resolve("thumbs"), 320);
    }

    @Test
    void largeImagesAreScaledDownKeepingTheirShapeAndFetchedOnce() throws Exception {
        web.serve("/img/wide.jpg", Answer.ok("image/jpeg", image(800, 400, "jpg", false)));
        Thumbnailer thumbs = thumbnailer(quick);

        String file = thumbs.thumbnail(web.url("/img/wide.jpg").toString());
        String again = thumbs.thumbnail(web.url("/img/wide.jpg").toString());

        assertThat(file).endsWith(".jpg").isEqualTo(again);
        BufferedImage made = ImageIO.read(dir.resolve("thumbs").resolve(file).toFile());
        assertThat(made.getWidth()).isEqualTo(320);
        assertThat(made.getHeight()).isEqualTo(160);
        assertThat(new Color(made.getRGB(10, 80)).getRed()).isGreaterThan(200);
        assertThat(new Color(made.getRGB(310, 80)).getBlue()).isGreaterThan(200);
        assertThat(web.paths()).containsExactly("/robots.txt", "/img/wide.jpg");
        assertThat(new Thumbnailer(new Fetcher(quick), dir.resolve("thumbs"), 320)
                .thumbnail(web.url("/img/wide.jpg").toString())).isEqualTo(file);
        assertThat(web.paths()).hasSize(2); // a later run finds the file and fetches nothing
    }

    @Test
    void smallImagesKeepTheirSizeAndTransparencyKeepsPng() throws Exception {
        web.serve("/img/icon.png", Answer.ok("image/png", image(100, 120, "png", true)));

        String file = thumbnailer(quick).thumbnail(web.url("/img/icon.png").toString());

        assertThat(file).endsWith(".png");
        BufferedImage made = ImageIO.read(dir.resolve("thumbs").resolve(file).toFile());
        assertThat(made.getWidth()).isEqualTo(100);
        assertThat(made.getHeight()).isEqualTo(120);
        assertThat(made.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void whatIsNotAReadableImageWithinTheCapIsRefusedWithAReason() throws Exception {
        web.serve("/page", Answer.ok("text/html", "<p>not an image</p>"));
        web.serve("/img/new.webp", Answer.ok("image/webp", new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'}));
        web.serve("/img/huge.png", Answer.ok("image/png", image(2000, 2000, "png", false)));
        Thumbnailer thumbs = thumbnailer(quick.withMaxBytes(1000));

        assertThatThrownBy(() -> thumbs.thumbnail(web.url("/page").toString()))
                .isInstanceOf(ThumbnailException.class).hasMessageContaining("served as text/html, not as an image");
        assertThatThrownBy(() -> thumbs.thumbnail(web.url("/img/new.webp").toString()))
                .hasMessageContaining("image/webp is not a format ImageIO reads");
        assertThatThrownBy(() -> thumbs.thumbnail(web.url("/img/huge.png").toString()))
                .hasMessageContaining("size cap");
        assertThat(dir.resolve("thumbs")).doesNotExist();
    }
}
