package dev.eventscope.console.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the window as a PNG: the snapshot on the UI thread (it must be), the conversion and the
 * encoding on the caller's background thread (the first encode blocked the UI thread for about a
 * second when done there).
 */
final class SelfSnapshot {
  private static final Logger LOG = LoggerFactory.getLogger(SelfSnapshot.class);

  private SelfSnapshot() {}

  /** UI thread. */
  static WritableImage take(Scene scene) {
    return scene.snapshot(null);
  }

  /** Any thread but the UI thread. */
  static void save(WritableImage image, Path file) throws IOException {
    BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    if (!ImageIO.write(pixels, "png", file.toFile())) throw new IOException("no PNG writer available");
    LOG.info("screenshot saved to {} ({}x{})", file, pixels.getWidth(), pixels.getHeight());
  }
}
