package cn.safetymonth.pledge.signing;

import cn.safetymonth.common.BizException;
import cn.safetymonth.pledge.PledgeFixtures;
import cn.safetymonth.storage.images.CleanImage;
import cn.safetymonth.storage.images.ImageIntake;
import cn.safetymonth.storage.images.ImageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureImageTest {

    private static final ImageIntake INTAKE = new ImageIntake(new ImageProperties(DataSize.ofMegabytes(10), 50_000_000, 32, 480, 4096));

    /** As the service does: the intake first, then the signature's own rules. */
    private static BufferedImage check(byte[] png) {
        try (CleanImage image = INTAKE.take(png, "signature", SignatureImage.rules(INTAKE))) {
            return SignatureImage.check(image);
        }
    }

    @Test
    void aRealSignatureOnWhiteOrOnATransparentCanvasIsAccepted() {
        BufferedImage onTransparent = new BufferedImage(500, 160, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = onTransparent.createGraphics();
        g.drawImage(PledgeFixtures.signature(), 0, 0, 500, 160, null);
        g.dispose();
        for (int y = 0; y < 160; y++) {
            for (int x = 0; x < 500; x++) {
                if ((onTransparent.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF) {
                    onTransparent.setRGB(x, y, 0);
                }
            }
        }

        assertThat(check(PledgeFixtures.signaturePng())).isNotNull();
        assertThat(check(PledgeFixtures.png(onTransparent))).isNotNull();
    }

    @Test
    void blankSingleColourTransparentOrDotCanvasesAreRefused() {
        BufferedImage grey = new BufferedImage(400, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grey.createGraphics();
        g.setColor(new Color(0x808080));
        g.fillRect(0, 0, 400, 150);
        g.dispose();

        for (byte[] png : new byte[][]{PledgeFixtures.blankPng(), PledgeFixtures.transparentPng(), PledgeFixtures.dotPng(), PledgeFixtures.png(grey)}) {
            assertThatThrownBy(() -> check(png)).isInstanceOf(BizException.class).hasMessageContaining("没有检测到签名笔迹");
        }
    }

    @Test
    void onlyAPngOfSensibleSizeIsASignature() {
        byte[] truncated = java.util.Arrays.copyOf(PledgeFixtures.signaturePng(), 200);

        assertThatThrownBy(() -> check(PledgeFixtures.jpeg(PledgeFixtures.signature()))).hasMessageContaining("PNG");
        assertThatThrownBy(() -> check(truncated)).isInstanceOf(BizException.class);
        assertThatThrownBy(() -> check(PledgeFixtures.png(new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB))))
                .hasMessageContaining("尺寸");
        assertThatThrownBy(() -> check(new byte[SignatureImage.MAX_BYTES + 1])).hasMessageContaining("512 KB");
        assertThatThrownBy(() -> check(new byte[0])).hasMessageContaining("不能为空");
    }
}
