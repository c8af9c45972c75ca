package cn.safetymonth.org;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.wechat.WeChatGateway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** What union staff do with the tree: browse their subtree, add nodes, hand out join codes. */
@Service
class UnionAdminService {

    private final UnionMapper unions;
    private final UnionDirectory directory;
    private final UnionTreeImporter importer;
    private final WeChatGateway wechat;
    private final ObjectStorage storage;
    private final OrgProperties props;

    UnionAdminService(UnionMapper unions, UnionDirectory directory, UnionTreeImporter importer, WeChatGateway wechat,
                      ObjectStorage storage, OrgProperties props) {
        this.unions = unions;
        this.directory = directory;
        this.importer = importer;
        this.wechat = wechat;
        this.storage = storage;
        this.props = props;
    }

    OrgWeb.AdminUnionResp get(AdminPrincipal admin, long unionId) {
        return describe(directory.requireInScope(admin, unionId));
    }

    /** The nodes an admin starts from: their own node, or every root for a platform admin. */
    List<OrgWeb.AdminUnionResp> roots(AdminPrincipal admin) {
        if (admin.wholePlatform()) {
            return unions.children(null).stream().map(UnionEntity::toRef).map(this::describe).toList();
        }
        return List.of(describe(directory.requireInScope(admin, admin.unionId())));
    }

    List<OrgWeb.AdminUnionResp> children(AdminPrincipal admin, long unionId) {
        directory.requireInScope(admin, unionId);
        return unions.children(unionId).stream().map(UnionEntity::toRef).map(this::describe).toList();
    }

    @Transactional
    OrgWeb.AdminUnionResp createChild(AdminPrincipal admin, long parentId, OrgWeb.CreateUnionReq req) {
        UnionRef parent = directory.requireInScope(admin, parentId);
        if (unions.siblingNamed(parentId, req.name().trim())) {
            throw OrgErrorCodes.DUPLICATE_NAME.exception();
        }
        if (unions.findByCode(req.code()) != null) {
            throw OrgErrorCodes.IMPORT_INVALID.exception("字段 code：编码已被使用");
        }
        UnionEntity row = new UnionEntity();
        row.setParentId(parent.id());
        row.setCode(req.code());
        row.setName(req.name().trim());
        row.setType(req.type());
        row.setChannel(req.channel() == null ? parent.channel() : req.channel());
        row.setDepth(parent.depth() + 1);
        row.setPath("");
        try {
            importer.insertWithFreshJoinCode(row);
        } catch (DuplicateKeyException e) {
            throw OrgErrorCodes.IMPORT_INVALID.exception("字段 code：编码已被使用");
        }
        row.setPath(parent.path() + row.getId() + "/");
        unions.setPath(row.getId(), row.getPath());
        return describe(row.toRef());
    }

    /** A leaked code can be replaced; the old one stops working at once. */
    @Transactional
    OrgWeb.AdminUnionResp resetJoinCode(AdminPrincipal admin, long unionId) {
        directory.requireInScope(admin, unionId);
        UnionEntity row = unions.selectById(unionId);
        for (int attempt = 0; ; attempt++) {
            row.setJoinCode(JoinCodes.next());
            try {
                unions.updateById(row);
                break;
            } catch (DuplicateKeyException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
        return describe(row.toRef());
    }

    /**
     * The union's mini-program code (scene = join code). WeChat makes it once per join code; the
     * image is kept in object storage so printing it again costs no WeChat quota.
     */
    byte[] joinQrCode(AdminPrincipal admin, long unionId) {
        UnionRef union = directory.requireInScope(admin, unionId);
        if (!union.type().grassroots()) {
            throw OrgErrorCodes.NOT_GRASSROOTS.exception("只有基层工会有加入码，请到具体的基层工会生成");
        }
        String key = "org/join-code/" + union.joinCode() + ".png";
        return storage.find(key).orElseGet(() -> {
            byte[] png = wechat.unlimitedCode(union.joinCode(), props.joinPage());
            storage.put(key, png, "image/png");
            return png;
        });
    }

    UnionTreeImporter.Report importTree(AdminPrincipal admin, String filename, InputStream in) throws IOException {
        return importer.importFile(filename, in, admin);
    }

    private OrgWeb.AdminUnionResp describe(UnionRef u) {
        return new OrgWeb.AdminUnionResp(OrgWeb.UnionResp.of(u), u.type().grassroots() ? u.joinCode() : null,
                unions.countChildren(u.id()), directory.lineage(u).stream().map(UnionRef::name).toList());
    }
}
