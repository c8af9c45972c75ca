package cn.safetymonth.org;

/**
 * What other modules may know of a union node. {@code path} is the materialized path of ids
 * ("/1/7/42/"): the subtree of a node is every node whose path starts with the node's path.
 */
public record UnionRef(long id, Long parentId, String code, String name, UnionType type, UnionChannel channel,
                       String path, int depth, String joinCode) {
}
