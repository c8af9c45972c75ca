package cn.safetymonth.pledge.signing;

import cn.safetymonth.pledge.PledgeErrorCodes;
import cn.safetymonth.common.BizException;
import cn.safetymonth.storage.images.CleanImage;
import cn.safetymonth.storage.images.ImageIntake;

import java.awt.image.BufferedImage;

/**
 * What a handwritten signature must be: a real PNG from the canvas (taken by the image intake, so only its
 * pixels are kept), small, of sensible dimensions, and with enough ink that someone actually wrote: a blank, transparent
 * or single-colour canvas is refused, and so is a tiny dot.
 */
final class SignatureImage {

    static final int MAX_BYTES = 512 * 1024;
    static final int MIN_WIDTH = 100;
    static final int MAX_WIDTH = 2000;
    static final int MIN_HEIGHT = 50;
    static final int MAX_HEIGHT = 1000;
    /** At least this share of the canvas must be ink... */
    static final double MIN_INK_SHARE = 0.002;
    /** ...and the strokes must span at least this share of the canvas's width. */
    static final double MIN_SPAN_SHARE = 0.15;

    private SignatureImage() {
    }

    /** What the intake takes for a signature: a PNG of at most 512 KB. */
    static ImageIntake.Rules rules(ImageIntake intake) {
        return intake.onlyPng(MAX_BYTES);
    }

    /** The decoded signature, or a 400 naming what is wrong with it. */
    static BufferedImage check(CleanImage png) {
        if (png.width() < MIN_WIDTH || png.width() > MAX_WIDTH || png.height() < MIN_HEIGHT || png.height() > MAX_HEIGHT) {
            throw refuse("尺寸须在 " + MIN_WIDTH + "–" + MAX_WIDTH + " × " + MIN_HEIGHT + "–" + MAX_HEIGHT + " 像素之间，现为 "
                    + png.width() + " × " + png.height());
        }
        BufferedImage image = png.decode(MAX_WIDTH);
        if (!hasEnoughInk(image)) {
            throw refuse("没有检测到签名笔迹，请在签名区写下你的名字");
        }
        return image;
    }

    /** Ink is any pixel that is visible and clearly differs from the canvas colour (its corners). */
    static boolean hasEnoughInk(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int background = image.getRGB(0, 0);
        long ink = 0;
        int minX = w;
        int maxX = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (isInk(image.getRGB(x, y), background)) {
                    ink++;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                }
            }
        }
        return ink >= (long) (w * (double) h * MIN_INK_SHARE) && maxX - minX + 1 >= w * MIN_SPAN_SHARE;
    }

    static boolean isInk(int argb, int background) {
        int alpha = argb >>> 24;
        if (alpha < 64) {
            return false;
        }
        if ((background >>> 24) < 64) {
            return true; // a transparent canvas: anything drawn on it is ink
        }
        int dr = Math.abs(((argb >> 16) & 0xFF) - ((background >> 16) & 0xFF));
        int dg = Math.abs(((argb >> 8) & 0xFF) - ((background >> 8) & 0xFF));
        int db = Math.abs((argb & 0xFF) - (background & 0xFF));
        return dr + dg + db > 120;
    }

    private static BizException refuse(String reason) {
        return PledgeErrorCodes.SIGNATURE_INVALID.exception("字段 signature：" + reason);
    }
}
