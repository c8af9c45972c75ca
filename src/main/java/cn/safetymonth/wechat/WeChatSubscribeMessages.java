package cn.safetymonth.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One-time subscribe messages (订阅消息): each grant the user gave allows one message of that template. */
@Service
public class WeChatSubscribeMessages {

    private static final Logger log = LoggerFactory.getLogger(WeChatSubscribeMessages.class);

    private final WxMaService wx;
    private final WeChatProperties props;

    WeChatSubscribeMessages(WxMaService wx, WeChatProperties props) {
        this.wx = wx;
        this.props = props;
    }

    /**
     * Sends one message. {@code data} maps WeChat's keywords ("thing1", "time3"…) to values, trimmed here to the
     * lengths WeChat accepts for the keyword's type, so a long hazard title never costs the user's grant.
     */
    public SubscribeOutcome send(String openid, String templateId, String page, Map<String, String> data) {
        List<WxMaSubscribeMessage.MsgData> fields = new ArrayList<>();
        data.forEach((k, v) -> fields.add(new WxMaSubscribeMessage.MsgData().setName(k).setValue(SubscribeValues.fit(k, v))));
        WxMaSubscribeMessage message = new WxMaSubscribeMessage()
                .setToUser(openid).setTemplateId(templateId).setPage(page).setData(fields)
                .setMiniprogramState(props.miniprogramState()).setLang("zh_CN");
        try {
            wx.getMsgService().sendSubscribeMsg(message);
            return SubscribeOutcome.SENT;
        } catch (WxErrorException e) {
            int errcode = e.getError() == null ? 0 : e.getError().getErrorCode();
            if (errcode == 43101) {
                return SubscribeOutcome.NO_GRANT;
            }
            log.warn("wechat subscribe send failed: errcode={} template={}", errcode, templateId);
            return errcode == 40037 || errcode == 47003 || errcode == 41030 ? SubscribeOutcome.REJECTED : SubscribeOutcome.FAILED;
        } catch (WxRuntimeException e) {
            log.warn("wechat subscribe send unavailable: template={}", templateId);
            return SubscribeOutcome.FAILED;
        }
    }
}
