def tree_apply(children_left: list[int], children_right: list[int], feature: list[int], threshold: list[float],
               value: list[list[float]], X: list[list[float]]):
    m = len(children_left)
    if m == 0 or any(len(a) != m for a in (children_right, feature, threshold, value)):
        raise ValueError("the node arrays must be non-empty and of one length")
    if any(len(r) != len(X[0]) for r in X):
        raise ValueError("rows of X must have the same length")
    has_parent = [False] * m
    has_parent[0] = True                      # the root is nobody's child: this rules out cycles
    for t in range(m):
        left, right = children_left[t], children_right[t]
        if left == -1 and right == -1:
            continue
        if left == -1 or right == -1:
            raise ValueError(f"node {t} has one child")
        for c in (left, right):
            if not (0 <= c < m) or has_parent[c]:
                raise ValueError(f"node {t} has an invalid child")
            has_parent[c] = True
        if not (0 <= feature[t] and (not X or feature[t] < len(X[0]))):
            raise ValueError(f"node {t} splits on a feature out of range")
    leaves, values, paths = [], [], []
    for x in X:
        t, path = 0, [0]
        while children_left[t] != -1:
            # NaN <= threshold is False, so a missing value goes right
            t = children_left[t] if x[feature[t]] <= threshold[t] else children_right[t]
            path.append(t)
        leaves.append(t)
        values.append(list(value[t]))
        paths.append(path)
    return {"leaves": leaves, "values": values, "paths": paths}
