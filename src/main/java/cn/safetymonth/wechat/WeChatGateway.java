package cn.safetymonth.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.WxMaJscode2SessionResult;
import cn.binarywang.wx.miniapp.bean.WxMaPhoneNumberInfo;
import cn.safetymonth.common.BizException;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.regex.Pattern;

/**
 * The only place that talks to WeChat. Turns WeChat's error codes into ours with context logged;
 * never lets WxJava's exception text (which can contain the request URL and the app secret) or
 * the session_key out.
 */
@Service
public class WeChatGateway {

    private static final Logger log = LoggerFactory.getLogger(WeChatGateway.class);
    /** wx.login and getPhoneNumber codes are short URL-safe tokens; anything else never reaches WeChat. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    /** WeChat's allowed scene characters, at most 32. */
    private static final Pattern SCENE = Pattern.compile("[0-9A-Za-z!#$&'()*+,/:;=?@._~-]{1,32}");

    private final WxMaService wx;

    WeChatGateway(WxMaService wx) {
        this.wx = wx;
    }

    /** Who logged in. session_key is deliberately dropped: nothing here decrypts user data with it. */
    public record WeChatIdentity(String openid, String unionid) {
    }

    public WeChatIdentity login(String jsCode) {
        if (jsCode == null || !CODE.matcher(jsCode).matches()) {
            throw WeChatErrorCodes.LOGIN_CODE_INVALID.exception();
        }
        try {
            WxMaJscode2SessionResult session = wx.getUserService().getSessionInfo(jsCode);
            if (session == null || session.getOpenid() == null || session.getOpenid().isBlank()) {
                throw WeChatErrorCodes.WECHAT_FAILED.exception();
            }
            return new WeChatIdentity(session.getOpenid(), session.getUnionid());
        } catch (WxErrorException e) {
            throw translate("jscode2session", e);
        } catch (WxRuntimeException e) {
            throw busy("jscode2session");
        }
    }

    /** The phone number behind a getPhoneNumber button's code (the new, code-based API). */
    public String phoneNumber(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw WeChatErrorCodes.PHONE_CODE_INVALID.exception();
        }
        try {
            WxMaPhoneNumberInfo info = wx.getUserService().getPhoneNumber(code);
            String phone = info == null ? null : info.getPurePhoneNumber();
            if (phone == null || phone.isBlank()) {
                throw WeChatErrorCodes.PHONE_CODE_INVALID.exception();
            }
            return phone;
        } catch (WxErrorException e) {
            int errcode = e.getError() == null ? 0 : e.getError().getErrorCode();
            if (errcode == 40029 || errcode == 40163 || errcode == 40013) {
                throw WeChatErrorCodes.PHONE_CODE_INVALID.exception();
            }
            throw translate("getuserphonenumber", e);
        } catch (WxRuntimeException e) {
            throw busy("getuserphonenumber");
        }
    }

    /** A mini-program code image (PNG) opening {@code page} with {@code scene}. */
    public byte[] unlimitedCode(String scene, String page) {
        if (scene == null || !SCENE.matcher(scene).matches()) {
            throw new IllegalArgumentException("scene must be 1-32 characters of WeChat's allowed set");
        }
        try {
            // check_path=false: the page may not be published yet while a union prepares its posters
            return wx.getQrcodeService().createWxaCodeUnlimitBytes(scene, page, false, "release", 430, false, null, false);
        } catch (WxErrorException e) {
            throw translate("getwxacodeunlimit", e);
        } catch (WxRuntimeException e) {
            throw busy("getwxacodeunlimit");
        }
    }

    /** WxJava gave up after its retries (WeChat kept answering -1) or could not reach WeChat at all. */
    private static BizException busy(String api) {
        log.warn("wechat {} unavailable after retries", api);
        return WeChatErrorCodes.WECHAT_BUSY.exception();
    }

    private static BizException translate(String api, WxErrorException e) {
        int errcode = e.getError() == null ? 0 : e.getError().getErrorCode();
        // log the API and WeChat's code only: the exception message may carry the URL with the secret
        log.warn("wechat {} failed: errcode={}", api, errcode);
        return switch (errcode) {
            case 40029 -> WeChatErrorCodes.LOGIN_CODE_INVALID.exception();
            case 40163 -> WeChatErrorCodes.LOGIN_CODE_USED.exception();
            case 45011 -> WeChatErrorCodes.LOGIN_TOO_FREQUENT.exception();
            case 40226 -> WeChatErrorCodes.LOGIN_BLOCKED.exception();
            case -1 -> WeChatErrorCodes.WECHAT_BUSY.exception();
            default -> WeChatErrorCodes.WECHAT_FAILED.exception();
        };
    }
}
