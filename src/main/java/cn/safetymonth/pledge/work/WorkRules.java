package cn.safetymonth.pledge.work;

import cn.safetymonth.common.BizException;
import cn.safetymonth.pledge.PledgeCatalog;
import cn.safetymonth.pledge.PledgeErrorCodes;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** What each kind of work must contain, from config/pledge/work-kinds.yml; a refusal names the field. */
final class WorkRules {

    private WorkRules() {
    }

    record Content(String title, String body, boolean hasImage, String videoUrl) {
    }

    static void check(PledgeCatalog.WorkRule rule, Content c, List<String> videoHosts) {
        String title = blankToNull(c.title());
        String body = blankToNull(c.body());
        if (rule.titleMaxChars() == 0 && title != null) {
            throw invalid("title", rule.label() + "不需要标题");
        }
        if (rule.titleMaxChars() > 0 && title == null) {
            throw invalid("title", "不能为空");
        }
        if (title != null && chars(title) > rule.titleMaxChars()) {
            throw invalid("title", "不能超过 " + rule.titleMaxChars() + " 字");
        }
        if (rule.bodyRequired() && body == null) {
            throw invalid("body", "不能为空");
        }
        if (body != null && chars(body) > rule.bodyMaxChars()) {
            throw invalid("body", rule.label() + "不能超过 " + rule.bodyMaxChars() + " 字，现有 " + chars(body) + " 字");
        }
        String video = blankToNull(c.videoUrl());
        switch (rule.image()) {
            case NONE -> {
                if (c.hasImage()) {
                    throw invalid("imageUploadId", rule.label() + "不能附图片");
                }
                if (video != null) {
                    throw invalid("videoUrl", rule.label() + "不能附视频链接");
                }
            }
            case OPTIONAL -> {
                if (video != null) {
                    throw invalid("videoUrl", rule.label() + "不能附视频链接");
                }
            }
            case POSTER_OR_VIDEO -> {
                if (c.hasImage() == (video != null)) {
                    throw invalid("imageUploadId", "科普作品须上传一张海报或填写一个视频链接（二选一）");
                }
                if (video != null && !allowedVideo(video, videoHosts)) {
                    throw invalid("videoUrl", "须为 https 链接，且来自 " + String.join("、", videoHosts));
                }
            }
        }
    }

    static boolean allowedVideo(String url, List<String> hosts) {
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null
                    && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int chars(String s) {
        return s.codePointCount(0, s.length());
    }

    private static BizException invalid(String field, String reason) {
        return PledgeErrorCodes.WORK_INVALID.exception("字段 " + field + "：" + reason);
    }
}
