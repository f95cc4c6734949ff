import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws VAE Explorer's icon — a latent plane with the prior's circles, two clusters of codes and the red probe —
 * at every size the platforms need, and writes PNGs, a Windows .ico and a macOS .icns (both holding PNGs).
 * Run from the project folder: java packaging/IconMaker.java assets/icons
 */
public class IconMaker {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "assets/icons");
        Files.createDirectories(dir);
        int[] pngSizes = {16, 32, 48, 64, 128, 256, 512};
        for (int size : pngSizes) {
            ImageIO.write(draw(size), "png", dir.resolve("vae-explorer-" + size + ".png").toFile());
        }
        Files.write(dir.resolve("vae-explorer.ico"), ico(new int[] {16, 32, 48, 64, 128, 256}));
        Files.write(dir.resolve("vae-explorer.icns"), icns());
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double s = size / 256.0;
        g.setColor(new Color(0x1f3b57));
        g.fill(new RoundRectangle2D.Double(8 * s, 8 * s, 240 * s, 240 * s, 48 * s, 48 * s));
        g.setColor(new Color(255, 255, 255, 90));
        g.setStroke(new BasicStroke((float) Math.max(1, 4 * s)));
        for (int k = 1; k <= 3; k++) {
            double r = 34 * k * s;
            g.draw(new Ellipse2D.Double(128 * s - r, 128 * s - r, 2 * r, 2 * r));
        }
        Random random = new Random(7);
        Color[] colors = {new Color(0x4e79a7), new Color(0xf28e2b)};
        double[][] centres = {{96, 104}, {160, 156}};
        int dots = size >= 64 ? 26 : 7;
        double dot = Math.max(2, 12 * s);
        for (int c = 0; c < 2; c++) {
            g.setColor(colors[c].brighter());
            for (int i = 0; i < dots; i++) {
                double x = centres[c][0] + random.nextGaussian() * 22;
                double y = centres[c][1] + random.nextGaussian() * 22;
                g.fill(new Ellipse2D.Double(x * s - dot / 2, y * s - dot / 2, dot, dot));
            }
        }
        double probe = 46 * s;
        g.setColor(new Color(0xd62728));
        g.setStroke(new BasicStroke((float) Math.max(1.5, 10 * s)));
        g.draw(new Ellipse2D.Double(176 * s - probe / 2, 76 * s - probe / 2, probe, probe));
        g.fill(new Ellipse2D.Double(176 * s - probe / 6, 76 * s - probe / 6, probe / 3, probe / 3));
        g.dispose();
        return image;
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO with PNG-compressed entries (Windows Vista and later). Little-endian. */
    static byte[] ico(int[] sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i]);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeLe16(bytes, 0);
        writeLe16(bytes, 1);
        writeLe16(bytes, sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            bytes.write(sizes[i] >= 256 ? 0 : sizes[i]);
            bytes.write(sizes[i] >= 256 ? 0 : sizes[i]);
            bytes.write(0);
            bytes.write(0);
            writeLe16(bytes, 1);
            writeLe16(bytes, 32);
            writeLe32(bytes, images[i].length);
            writeLe32(bytes, offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            bytes.write(image);
        }
        return bytes.toByteArray();
    }

    /** ICNS with PNG entries: ic07 128, ic08 256, ic09 512 pixels. Big-endian. */
    static byte[] icns() throws IOException {
        String[] types = {"ic07", "ic08", "ic09"};
        int[] sizes = {128, 256, 512};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(sizes[i]);
            out.writeBytes(types[i]);
            out.writeInt(8 + image.length);
            out.write(image);
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(whole);
        file.writeBytes("icns");
        file.writeInt(8 + body.size());
        file.write(body.toByteArray());
        return whole.toByteArray();
    }

    static void writeLe16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xff);
        out.write((v >> 8) & 0xff);
    }

    static void writeLe32(ByteArrayOutputStream out, int v) {
        writeLe16(out, v & 0xffff);
        writeLe16(out, (v >> 16) & 0xffff);
    }
}
