package cn.safetymonth.pledge.signing;

import cn.safetymonth.pledge.PledgeCatalog;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.storage.images.Images;
import cn.safetymonth.wechat.WeChatGateway;
import org.springframework.stereotype.Component;

import java.awt.image.BufferedImage;

/**
 * The campaign's mini-program code, printed on every certificate. WeChat makes it once per campaign;
 * the PNG is kept in object storage so thousands of certificates cost one call to WeChat.
 */
@Component
class CampaignCode {

    private final PledgeCatalog catalog;
    private final WeChatGateway wechat;
    private final ObjectStorage storage;

    CampaignCode(PledgeCatalog catalog, WeChatGateway wechat, ObjectStorage storage) {
        this.catalog = catalog;
        this.wechat = wechat;
        this.storage = storage;
    }

    BufferedImage image() {
        PledgeCatalog.Campaign campaign = catalog.campaign();
        String key = "pledge/campaign-code/" + campaign.code() + ".png";
        byte[] png = storage.findOrPut(key, "image/png", () -> wechat.unlimitedCode("c=" + campaign.code(), campaign.page()));
        return Images.decode(png, 1280).orElseThrow(() -> new IllegalStateException("stored campaign code is not an image"));
    }
}
