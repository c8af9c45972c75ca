package cn.safetymonth.hazard;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * WeChat content security for reports: the description through msgSecCheck, each public photo through
 * mediaCheckAsync. Placeholder until WeChatContentSecurity lands in main: text stays PENDING (shown to
 * reviewers only), no photo is submitted.
 */
@Component
class HazardContentCheck {

    /** PASS, REVIEW or RISKY for the worker's text; PENDING while the check cannot run. */
    String checkText(long workerId, String text) {
        return ContentVerdicts.PENDING;
    }

    /** Sends each photo to WeChat's asynchronous check; the verdict comes back as an event. */
    void submitPhotos(long workerId, List<HazardPhotoEntity> photos) {
    }
}
