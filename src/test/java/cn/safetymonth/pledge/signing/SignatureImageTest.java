package cn.safetymonth.pledge.signing;

import cn.safetymonth.common.BizException;
import cn.safetymonth.pledge.PledgeFixtures;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureImageTest {

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

        assertThat(SignatureImage.check(PledgeFixtures.signaturePng())).isNotNull();
        assertThat(SignatureImage.check(PledgeFixtures.png(onTransparent))).isNotNull();
    }

    @Test
    void blankSingleColourTransparentOrDotCanvasesAreRefused() {
        BufferedImage grey = new BufferedImage(400, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grey.createGraphics();
        g.setColor(new Color(0x808080));
        g.fillRect(0, 0, 400, 150);
        g.dispose();

        for (byte[] png : new byte[][]{PledgeFixtures.blankPng(), PledgeFixtures.transparentPng(), PledgeFixtures.dotPng(), PledgeFixtures.png(grey)}) {
            assertThatThrownBy(() -> SignatureImage.check(png)).isInstanceOf(BizException.class).hasMessageContaining("没有检测到签名笔迹");
        }
    }

    @Test
    void onlyAPngOfSensibleSizeIsASignature() {
        byte[] truncated = java.util.Arrays.copyOf(PledgeFixtures.signaturePng(), 200);

        assertThatThrownBy(() -> SignatureImage.check(PledgeFixtures.jpeg(PledgeFixtures.signature()))).hasMessageContaining("PNG");
        assertThatThrownBy(() -> SignatureImage.check(truncated)).isInstanceOf(BizException.class);
        assertThatThrownBy(() -> SignatureImage.check(PledgeFixtures.png(new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB))))
                .hasMessageContaining("尺寸");
        assertThatThrownBy(() -> SignatureImage.check(new byte[SignatureImage.MAX_BYTES + 1])).hasMessageContaining("512 KB");
        assertThatThrownBy(() -> SignatureImage.check(new byte[0])).hasMessageContaining("不能为空");
    }
}
