package cn.safetymonth.pledge.signing;

import cn.safetymonth.storage.images.CjkFonts;
import cn.safetymonth.storage.images.Images;
import cn.safetymonth.storage.images.Text;
import org.springframework.stereotype.Component;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;

/** Draws the pledge certificate a worker keeps and shares: one PNG, laid out for a phone screen. */
@Component
class CertificateRenderer {

    static final int WIDTH = 1080;
    static final int HEIGHT = 1500;
    static final Rectangle TITLE_BOX = new Rectangle(90, 120, 900, 90);
    static final Rectangle SIGNATURE_BOX = new Rectangle(600, 1020, 400, 190);
    static final Rectangle CODE_BOX = new Rectangle(110, 1250, 190, 190);
    private static final Color PAPER = new Color(0xFFF8EE);
    private static final Color RED = new Color(0xC8102E);
    private static final Color INK = new Color(0x222222);
    private static final int TEXT_TOP = 380;
    private static final int TEXT_BOTTOM = 1000;

    record Certificate(String title, String campaignName, String theme, String text, String signer, String union,
                       LocalDate signedOn, BufferedImage signature, BufferedImage campaignCode) {
    }

    private final CjkFonts fonts;

    CertificateRenderer(CjkFonts fonts) {
        this.fonts = fonts;
    }

    byte[] render(Certificate c) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            frame(g);
            heading(g, c);
            body(g, c.text());
            signer(g, c);
            drawFitted(g, c.signature(), SIGNATURE_BOX);
            if (c.campaignCode() != null) {
                g.drawImage(c.campaignCode(), CODE_BOX.x, CODE_BOX.y, CODE_BOX.width, CODE_BOX.height, null);
                g.setColor(INK);
                g.setFont(fonts.regular(26));
                g.drawString("扫码参加“安全生产月”活动", CODE_BOX.x + CODE_BOX.width + 30, CODE_BOX.y + 90);
                g.drawString("一起签署安全承诺", CODE_BOX.x + CODE_BOX.width + 30, CODE_BOX.y + 130);
            }
        } finally {
            g.dispose();
        }
        return Images.png(img);
    }

    private void frame(Graphics2D g) {
        g.setColor(PAPER);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(RED);
        g.setStroke(new BasicStroke(10));
        g.drawRect(30, 30, WIDTH - 60, HEIGHT - 60);
        g.setStroke(new BasicStroke(2));
        g.drawRect(48, 48, WIDTH - 96, HEIGHT - 96);
    }

    private void heading(Graphics2D g, Certificate c) {
        g.setColor(RED);
        g.setFont(fonts.bold(64));
        Text.centered(g, c.title(), WIDTH / 2, TITLE_BOX.y + 70);
        g.setColor(INK);
        g.setFont(fonts.regular(30));
        Text.centered(g, Text.fit(c.campaignName(), g.getFontMetrics(), 880), WIDTH / 2, 270);
        g.setFont(fonts.regular(26));
        Text.centered(g, Text.fit(c.theme(), g.getFontMetrics(), 880), WIDTH / 2, 318);
    }

    private void body(Graphics2D g, String text) {
        g.setColor(INK);
        g.setFont(fonts.regular(24));
        List<String> lines = Text.wrap(text, g.getFontMetrics(), 880);
        int lineHeight = 35;
        int max = (TEXT_BOTTOM - TEXT_TOP) / lineHeight;
        for (int i = 0; i < Math.min(lines.size(), max); i++) {
            String line = i == max - 1 && lines.size() > max ? Text.fit(lines.get(i) + "……", g.getFontMetrics(), 880) : lines.get(i);
            g.drawString(line, 100, TEXT_TOP + i * lineHeight);
        }
    }

    private void signer(Graphics2D g, Certificate c) {
        g.setColor(INK);
        g.setFont(fonts.regular(32));
        g.drawString("承诺人：" + c.signer(), 100, 1070);
        g.drawString(Text.fit("所在工会：" + c.union(), g.getFontMetrics(), 480), 100, 1130);
        g.drawString("签署日期：" + c.signedOn().getYear() + "年" + c.signedOn().getMonthValue() + "月"
                + c.signedOn().getDayOfMonth() + "日", 100, 1190);
        g.setFont(fonts.regular(22));
        g.setColor(Color.GRAY);
        g.drawString("本人签名", SIGNATURE_BOX.x, SIGNATURE_BOX.y - 10);
    }

    /** The signature scaled to fit the box, keeping its proportions, centred in it. */
    static Rectangle fittedArea(int w, int h, Rectangle box) {
        double scale = Math.min((double) box.width / w, (double) box.height / h);
        int dw = (int) Math.round(w * scale);
        int dh = (int) Math.round(h * scale);
        return new Rectangle(box.x + (box.width - dw) / 2, box.y + (box.height - dh) / 2, dw, dh);
    }

    private static void drawFitted(Graphics2D g, BufferedImage image, Rectangle box) {
        Rectangle r = fittedArea(image.getWidth(), image.getHeight(), box);
        g.drawImage(strokesOnly(image), r.x, r.y, r.width, r.height, null);
    }

    /** The canvas colour made transparent, so the strokes sit on the certificate's paper rather than on a white patch. */
    private static BufferedImage strokesOnly(BufferedImage signature) {
        int background = signature.getRGB(0, 0);
        BufferedImage out = new BufferedImage(signature.getWidth(), signature.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < signature.getHeight(); y++) {
            for (int x = 0; x < signature.getWidth(); x++) {
                int argb = signature.getRGB(x, y);
                out.setRGB(x, y, SignatureImage.isInk(argb, background) ? argb : 0);
            }
        }
        return out;
    }
}
