package cn.safetymonth.org;

import cn.safetymonth.common.auth.AdminPrincipal;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The org module's public face: look up nodes and decide whether a node is inside a caller's subtree. */
@Service
public class UnionDirectory {

    private final UnionMapper unions;

    UnionDirectory(UnionMapper unions) {
        this.unions = unions;
    }

    public Optional<UnionRef> find(long id) {
        return Optional.ofNullable(unions.selectById(id)).map(UnionEntity::toRef);
    }

    public Map<Long, UnionRef> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return unions.selectByIds(ids).stream().map(UnionEntity::toRef)
                .collect(Collectors.toMap(UnionRef::id, Function.identity()));
    }

    /** The node, if it exists and lies in the caller's subtree; 404 if it does not exist, 403 if it lies outside. */
    public UnionRef requireInScope(AdminPrincipal admin, long unionId) {
        UnionRef ref = find(unionId).orElseThrow(OrgErrorCodes.UNION_NOT_FOUND::exception);
        if (!admin.covers(ref.path())) {
            throw OrgErrorCodes.UNION_OUT_OF_SCOPE.exception();
        }
        return ref;
    }

    /** Every node, in tree order (by path). */
    public List<UnionRef> all() {
        return unions.all().stream().map(UnionEntity::toRef).toList();
    }

    /** The direct children of a node in tree order (by code), or the roots for null. */
    public List<UnionRef> children(Long parentId) {
        return unions.children(parentId).stream().map(UnionEntity::toRef).toList();
    }

    /** The ids from the root down to the node itself, read from its materialized path ("/1/7/42/"). */
    public static List<Long> lineageIds(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    /** The chain from the root down to the node, for showing "市总 / 区总 / 基层". */
    public List<UnionRef> lineage(UnionRef node) {
        List<Long> ids = lineageIds(node.path());
        Map<Long, UnionRef> byId = findAll(ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
