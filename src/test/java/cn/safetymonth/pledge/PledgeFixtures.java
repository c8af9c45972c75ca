package cn.safetymonth.pledge;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Named pictures the pledge tests upload: what a canvas or a phone camera would send. */
public final class PledgeFixtures {

    private PledgeFixtures() {
    }

    /** A handwritten-looking signature: dark strokes across a white 600 × 200 canvas. */
    public static BufferedImage signature() {
        BufferedImage img = new BufferedImage(600, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x101010));
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Double(40, 150, 120, 20, 180, 190, 260, 60));
        g.draw(new CubicCurve2D.Double(250, 140, 330, 30, 380, 170, 450, 50));
        g.draw(new CubicCurve2D.Double(430, 150, 480, 90, 520, 160, 570, 40));
        g.drawLine(60, 100, 300, 100);
        g.dispose();
        return img;
    }

    public static byte[] signaturePng() {
        return png(signature());
    }

    /** A canvas nobody wrote on. */
    public static byte[] blankPng() {
        BufferedImage img = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        g.dispose();
        return png(img);
    }

    /** The transparent canvas the mini-program exports when nothing was drawn. */
    public static byte[] transparentPng() {
        return png(new BufferedImage(600, 200, BufferedImage.TYPE_INT_ARGB));
    }

    /** A single tap on the canvas: a dot, not a signature. */
    public static byte[] dotPng() {
        BufferedImage img = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        g.setColor(Color.BLACK);
        g.fillOval(300, 100, 8, 8);
        g.dispose();
        return png(img);
    }

    /** A phone photo: a soft gradient with a few shapes, as JPEG. */
    public static BufferedImage photo(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, new Color(150 + x * 80 / w, 190 + y * 50 / h, 220).getRGB());
            }
        }
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x2E7D32));
        g.fillRect(w / 4, h / 4, w / 5, h / 3);
        g.dispose();
        return img;
    }

    public static byte[] photoJpeg(int w, int h) {
        return jpeg(photo(w, h));
    }

    public static byte[] png(BufferedImage img) {
        return encode(img, "png");
    }

    /** JPEG has no alpha: the picture is flattened onto white first (ImageIO writes nothing for an ARGB image). */
    public static byte[] jpeg(BufferedImage img) {
        BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return encode(rgb, "jpg");
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encode(BufferedImage img, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
