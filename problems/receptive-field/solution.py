def receptive_field(layers, input_size):
    if not isinstance(input_size, int) or input_size < 1:
        raise ValueError("input_size must be a positive integer")
    n, r, j = input_size, 1, 1
    out = {"outSize": [], "rf": [], "jump": []}
    for layer in layers:
        if len(layer) != 3:
            raise ValueError("layers are [kernel, stride, padding]")
        k, s, p = layer
        if k < 1 or s < 1 or p < 0:
            raise ValueError("bad layer")
        n = (n + 2 * p - k) // s + 1
        if n < 1:
            raise ValueError("empty output")
        r += (k - 1) * j  # the gap between neighbouring units of the previous layer is j input pixels
        j *= s
        out["outSize"].append(n)
        out["rf"].append(r)
        out["jump"].append(j)
    return out
