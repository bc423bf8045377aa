# expect: wrong_answer
# mistake: assigns fold i * k // n, which balances the sizes but puts the larger folds at the wrong places
# caught-by: ten samples, four folds
def kfold_assign(y, k, stratified):
    n = len(y)
    if not isinstance(k, int) or k < 2 or k > n:
        raise ValueError("bad k")
    if stratified:
        seen = {}
        out = []
        for v in y:
            out.append(seen.get(v, 0) % k)
            seen[v] = seen.get(v, 0) + 1
        return out
    return [i * k // n for i in range(n)]
