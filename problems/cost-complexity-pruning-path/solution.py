def ccp_path(children_left: list[int], children_right: list[int], impurity: list[float], n_samples: list[float]):
    m = len(children_left)
    if m == 0 or any(len(a) != m for a in (children_right, impurity, n_samples)):
        raise ValueError("the node arrays must be non-empty and of one length")
    if any(not (v >= 0) or v == float("inf") for v in impurity) or any(not (v > 0) or v == float("inf") for v in n_samples):
        raise ValueError("impurities must be >= 0 and sample counts > 0")
    has_parent = [False] * m
    has_parent[0] = True
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
    r = [n_samples[t] / n_samples[0] * impurity[t] for t in range(m)]
    leaf = [c == -1 for c in children_left]

    def branch(t):
        """R(T_t) and the number of leaves of the current subtree under t."""
        if leaf[t]:
            return r[t], 1
        a, la = branch(children_left[t])
        b, lb = branch(children_right[t])
        return a + b, la + lb

    def internal(t, out):
        if not leaf[t]:
            out.append(t)
            internal(children_left[t], out)
            internal(children_right[t], out)
        return out

    alphas, impurities = [0.0], [branch(0)[0]]
    tol = 1e-12 * r[0]
    while not leaf[0]:
        best_node, best_alpha = -1, float("inf")
        for t in sorted(internal(0, [])):
            rb, leaves = branch(t)
            alpha = (r[t] - rb) / (leaves - 1)
            if alpha < best_alpha - tol:                # ties: the lowest node id stays
                best_node, best_alpha = t, alpha
        leaf[best_node] = True
        alphas.append(best_alpha)
        impurities.append(branch(0)[0])
    return {"ccpAlphas": alphas, "impurities": impurities}
