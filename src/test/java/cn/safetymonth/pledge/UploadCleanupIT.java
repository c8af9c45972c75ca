package cn.safetymonth.pledge;

import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Photos uploaded and never used are deleted by the nightly job; used ones stay. */
class UploadCleanupIT extends PledgeTestBase {

    @Autowired
    Uploads uploads;
    @Autowired
    ObjectStorage storage;

    @Test
    void anAbandonedPhotoIsDeletedAndAUsedOneIsKept() {
        Member m = member("forgetful", "QH-05-001");
        long used = upload(m.token());
        long abandoned = upload(m.token());
        assertThat(api.post("/api/app/check-ins", m.token(), Map.of("themeCode", "POST_SELF_CHECK", "photoUploadId", used)).code()).isZero();
        String abandonedKey = jdbc.queryForObject("SELECT object_key FROM pledge_upload WHERE id = ?", String.class, abandoned);

        int purged = uploads.purgeUnusedBefore(LocalDateTime.now(clock).plusMinutes(1), 100);

        assertThat(purged).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge_upload WHERE id = ?", Integer.class, used)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge_upload WHERE id = ?", Integer.class, abandoned)).isZero();
        assertThat(api.post("/api/app/check-ins", m.token(), Map.of("themeCode", "HOME_HAZARD_CHECK", "photoUploadId", abandoned)).status())
                .isEqualTo(400);
        assertThat(storage.find(abandonedKey)).isEmpty();
    }

    private long upload(String token) {
        Api.Res r = api.upload("/api/app/pledge-uploads", token, "file", "p.jpg", "image/jpeg", PledgeFixtures.photoJpeg(400, 300));
        assertThat(r.code()).as(r.toString()).isZero();
        return r.data().path("uploadId").asLong();
    }
}
