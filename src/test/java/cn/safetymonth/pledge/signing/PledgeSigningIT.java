package cn.safetymonth.pledge.signing;

import cn.safetymonth.pledge.PledgeFixtures;
import cn.safetymonth.pledge.PledgeSigned;
import cn.safetymonth.storage.images.CjkFonts;
import cn.safetymonth.support.Api;
import cn.safetymonth.support.Concurrently;
import cn.safetymonth.pledge.PledgeTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing a pledge with a handwritten signature, over HTTP: the certificate shows it, junk is refused, once only. */
class PledgeSigningIT extends PledgeTestBase {

    @Autowired
    CjkFonts fonts;

    String worker;
    long workerId;

    @BeforeEach
    void workerOfAGrassrootsUnion() {
        Member m = member("signer", "QH-02-003");
        worker = m.token();
        workerId = m.workerId();
        api.put("/api/app/me", worker, Map.of("realName", "林安全"));
    }

    private Api.Res sign(String template, byte[] png) {
        return api.upload("/api/app/pledges/" + template + "/signatures", worker, "signature", "sign.png", "image/png", png);
    }

    @Test
    void aWorkerReadsThePledgesSignsOneAndDownloadsACertificateThatShowsTheSignature() {
        JsonNode pledges = api.get("/api/app/pledges", worker).data();
        assertThat(pledges.path("campaign").path("open").asBoolean()).isTrue();
        assertThat(pledges.path("templates").findValuesAsString("code")).containsExactlyInAnyOrder("COMMITMENT", "INITIATIVE", "MANAGER_COMMITMENT");
        assertThat(pledges.path("templates").get(0).path("text").asString()).contains("安全");

        Api.Res signed = sign("COMMITMENT", PledgeFixtures.signaturePng());

        assertThat(signed.code()).as(signed.toString()).isZero();
        long signatureId = signed.data().path("signatureId").asLong();
        Api.Res cert = api.get(signed.data().path("certificatePath").asString(), worker);
        assertThat(cert.status()).isEqualTo(200);
        assertThat(cert.contentType()).startsWith("image/png");
        BufferedImage certificate = PledgeFixtures.decode(cert.raw());
        assertThat(certificate.getWidth()).isEqualTo(CertificateRenderer.WIDTH);
        assertThat(signatureShownIn(certificate, PledgeFixtures.signature())).isGreaterThan(0.9);
        assertThat(fonts.bold(64).canDisplayUpTo("职工安全承诺书")).isEqualTo(-1);
        assertThat(inkIn(certificate, CertificateRenderer.TITLE_BOX)).as("the Chinese title is drawn").isGreaterThan(2000);

        JsonNode mine = api.get("/api/app/pledges", worker).data().path("templates");
        JsonNode commitment = List.of(mine.get(0), mine.get(1), mine.get(2)).stream()
                .filter(t -> t.path("code").asString().equals("COMMITMENT")).findFirst().orElseThrow();
        assertThat(commitment.path("mine").path("signatureId").asLong()).isEqualTo(signatureId);
        assertThat(commitment.path("mine").path("signatureUrl").asString()).startsWith("http");
        assertThat(jdbc.queryForMap("SELECT union_id, union_path, kind FROM pledge_signature WHERE id = ?", signatureId))
                .containsEntry("union_id", unionId("QH-02-003")).containsEntry("kind", "COMMITMENT");
        assertThat(published.of(PledgeSigned.class)).anySatisfy(e -> {
            assertThat(e.signatureId()).isEqualTo(signatureId);
            assertThat(e.unionId()).isEqualTo(unionId("QH-02-003"));
            assertThat(e.unionPath()).isEqualTo(jdbc.queryForObject("SELECT path FROM org_union WHERE code = 'QH-02-003'", String.class));
            assertThat(e.kind()).isEqualTo("COMMITMENT");
        });
    }

    @Test
    void blankTinyOrNonImageSignaturesAreRefusedNamingTheField() {
        for (byte[] junk : List.of(PledgeFixtures.blankPng(), PledgeFixtures.transparentPng(), PledgeFixtures.dotPng(),
                PledgeFixtures.jpeg(PledgeFixtures.signature()), "not a picture at all".getBytes(),
                PledgeFixtures.png(new BufferedImage(3000, 200, BufferedImage.TYPE_INT_RGB)))) {
            Api.Res r = sign("INITIATIVE", junk);
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.msg()).startsWith("字段 signature：");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge_signature WHERE worker_id = ?", Integer.class, workerId)).isZero();
    }

    @Test
    void twentyConcurrentSignsGiveOneSignatureAndClearRefusals() throws Exception {
        byte[] png = PledgeFixtures.signaturePng();

        List<Api.Res> results = Concurrently.run(20, () -> sign("MANAGER_COMMITMENT", png));

        assertThat(results).filteredOn(r -> r.code() == 0).hasSize(1);
        assertThat(results).filteredOn(r -> r.code() != 0).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.msg()).contains("已签署");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge_signature WHERE worker_id = ? AND template_code = 'MANAGER_COMMITMENT'",
                Integer.class, workerId)).isEqualTo(1);
        assertThat(published.of(PledgeSigned.class)).filteredOn(e -> e.workerId() == workerId).hasSize(1);
        assertThat(sign("MANAGER_COMMITMENT", png).status()).isEqualTo(409);
    }

    @Test
    void anUnknownPledgeIsNotFound() {
        assertThat(sign("NOPE", PledgeFixtures.signaturePng()).status()).isEqualTo(404);
    }

    /** Of the signature's dark pixels, the share that is dark in the certificate where the signature is drawn. */
    static double signatureShownIn(BufferedImage certificate, BufferedImage signature) {
        Rectangle area = CertificateRenderer.fittedArea(signature.getWidth(), signature.getHeight(), CertificateRenderer.SIGNATURE_BOX);
        int ink = 0;
        int shown = 0;
        for (int y = 0; y < signature.getHeight(); y += 2) {
            for (int x = 0; x < signature.getWidth(); x += 2) {
                if (luminance(signature.getRGB(x, y)) < 60) {
                    ink++;
                    int cx = area.x + x * area.width / signature.getWidth();
                    int cy = area.y + y * area.height / signature.getHeight();
                    if (luminance(certificate.getRGB(cx, cy)) < 128) {
                        shown++;
                    }
                }
            }
        }
        return ink == 0 ? 0 : (double) shown / ink;
    }

    static int inkIn(BufferedImage image, Rectangle box) {
        int background = image.getRGB(box.x, box.y);
        int count = 0;
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                if (Math.abs(luminance(image.getRGB(x, y)) - luminance(background)) > 60) {
                    count++;
                }
            }
        }
        return count;
    }

    static int luminance(int rgb) {
        return (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
    }
}
