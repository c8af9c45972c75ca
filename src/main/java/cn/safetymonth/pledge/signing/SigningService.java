package cn.safetymonth.pledge.signing;

import cn.safetymonth.pledge.Act;
import cn.safetymonth.pledge.ActSource;
import cn.safetymonth.pledge.PledgeCatalog;
import cn.safetymonth.pledge.PledgeErrorCodes;
import cn.safetymonth.pledge.PledgeProperties;
import cn.safetymonth.pledge.PledgeSigned;
import cn.safetymonth.pledge.WorkerUnion;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.storage.images.CleanImage;
import cn.safetymonth.storage.images.ImageIntake;
import cn.safetymonth.storage.images.Images;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Signing a pledge once per template per campaign (the database's unique key decides between double
 * taps) and rendering the certificate. The signature image is private: only its signer sees it.
 */
@Service
class SigningService implements ActSource {

    private final PledgeCatalog catalog;
    private final SignatureMapper signatures;
    private final WorkerUnion unions;
    private final SignerNames names;
    private final ObjectStorage storage;
    private final CertificateRenderer renderer;
    private final CampaignCode campaignCode;
    private final PledgeProperties props;
    private final ImageIntake intake;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    SigningService(PledgeCatalog catalog, SignatureMapper signatures, WorkerUnion unions, SignerNames names, ObjectStorage storage,
                   CertificateRenderer renderer, CampaignCode campaignCode, PledgeProperties props,
                   ImageIntake intake, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.catalog = catalog;
        this.signatures = signatures;
        this.unions = unions;
        this.names = names;
        this.storage = storage;
        this.renderer = renderer;
        this.campaignCode = campaignCode;
        this.props = props;
        this.intake = intake;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    PledgeWeb.PledgesResp list(long workerId) {
        PledgeCatalog.Campaign c = catalog.campaign();
        Map<String, SignatureEntity> mine = signatures.ofWorker(workerId).stream()
                .filter(s -> s.getCampaignCode().equals(c.code()))
                .collect(Collectors.toMap(SignatureEntity::getTemplateCode, Function.identity()));
        List<PledgeWeb.TemplateResp> templates = catalog.templates().stream().map(t -> {
            SignatureEntity s = mine.get(t.code());
            PledgeWeb.MySignature my = s == null ? null : new PledgeWeb.MySignature(s.getId(), s.getSignedAt(),
                    s.getTemplateVersion(), s.getImageErasedAt() != null ? null : storage.signedUrl(s.getSignatureKey(), props.mediaUrlTtl()));
            return new PledgeWeb.TemplateResp(t.code(), t.kind(), t.title(), t.version(), t.text(), my);
        }).toList();
        return new PledgeWeb.PledgesResp(new PledgeWeb.CampaignResp(c.code(), c.name(), c.theme(), c.startDate(), c.endDate(),
                c.openOn(LocalDate.now(clock))), templates);
    }

    PledgeWeb.SignResp sign(long workerId, String templateCode, MultipartFile signature) {
        PledgeCatalog.Template template = catalog.template(templateCode).orElseThrow(PledgeErrorCodes.TEMPLATE_NOT_FOUND::exception);
        PledgeCatalog.Campaign campaign = catalog.campaign();
        if (!campaign.openOn(LocalDate.now(clock))) {
            throw PledgeErrorCodes.CAMPAIGN_CLOSED.exception("签署时间为 " + campaign.startDate() + " 至 " + campaign.endDate());
        }
        byte[] png;
        try (CleanImage image = intake.take(signature, "signature", SignatureImage.rules(intake))) {
            SignatureImage.check(image);
            png = image.bytes();
        }
        // a cheap early answer for a repeated tap; the unique key below is what actually decides
        if (signatures.find(workerId, template.code(), campaign.code()) != null) {
            throw PledgeErrorCodes.ALREADY_SIGNED.exception();
        }
        WorkerUnion.At union = unions.now(workerId);
        SignatureEntity row = new SignatureEntity();
        row.setCampaignCode(campaign.code());
        row.setTemplateCode(template.code());
        row.setTemplateVersion(template.version());
        row.setKind(template.kind());
        row.setWorkerId(workerId);
        row.setUnionId(union.unionId());
        row.setUnionPath(union.unionPath());
        row.setUnionName(union.unionName());
        row.setSignatureKey("pledge/signatures/" + campaign.code() + "/" + workerId + "/" + template.code() + "-" + UUID.randomUUID() + ".png");
        row.setSignedAt(LocalDateTime.now(clock));
        try {
            tx.executeWithoutResult(s -> {
                signatures.insert(row);
                // stored inside the transaction: if the store fails, no signature row claims an image that is not there
                storage.put(row.getSignatureKey(), png, "image/png");
                events.publishEvent(new PledgeSigned(row.getId(), workerId, row.getUnionId(), row.getUnionPath(),
                        row.getTemplateCode(), row.getKind(), row.getSignedAt()));
            });
        } catch (DuplicateKeyException e) {
            throw PledgeErrorCodes.ALREADY_SIGNED.exception();
        }
        return new PledgeWeb.SignResp(row.getId(), template.code(), template.title(), row.getSignedAt(),
                "/api/app/pledges/signatures/" + row.getId() + "/certificate");
    }

    /** The certificate PNG, drawn now so that it carries the worker's current name. */
    byte[] certificate(long workerId, long signatureId) {
        SignatureEntity s = signatures.selectById(signatureId);
        if (s == null || s.getWorkerId() != workerId) {
            throw PledgeErrorCodes.SIGNATURE_NOT_FOUND.exception();
        }
        PledgeCatalog.Template t = catalog.template(s.getTemplateCode()).orElseThrow(PledgeErrorCodes.SIGNATURE_NOT_FOUND::exception);
        if (s.getImageErasedAt() != null) {
            throw PledgeErrorCodes.SIGNATURE_NOT_FOUND.exception("签名图片已过保存期限删除，证书不能再生成");
        }
        byte[] png = storage.find(s.getSignatureKey()).orElseThrow(PledgeErrorCodes.SIGNATURE_NOT_FOUND::exception);
        BufferedImage signature = Images.decode(png, SignatureImage.MAX_WIDTH)
                .orElseThrow(() -> new IllegalStateException("stored signature " + signatureId + " does not decode"));
        PledgeCatalog.Campaign c = catalog.campaign();
        return renderer.render(new CertificateRenderer.Certificate(t.title(), c.name(), c.theme(), t.text(),
                names.of(workerId), s.getUnionName() == null ? "社会公众" : s.getUnionName(), s.getSignedAt().toLocalDate(),
                signature, campaignCode.image()));
    }

    @Override
    public List<Act> actsOf(long workerId) {
        return signatures.ofWorker(workerId).stream().map(s -> new Act("PLEDGE", "签署承诺", s.getId(),
                catalog.template(s.getTemplateCode()).map(PledgeCatalog.Template::title).orElse(s.getTemplateCode()),
                "第 " + s.getTemplateVersion() + " 版", s.getSignedAt())).toList();
    }
}
