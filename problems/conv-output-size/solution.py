def conv_stack_shape(in_shape, layers):
    if len(in_shape) != 3 or any(not isinstance(v, int) or v < 1 for v in in_shape):
        raise ValueError("in_shape must be three positive integers")
    C, H, W = in_shape
    shapes = []
    for L in layers:
        k, s, p, d = L["kernel"], L["stride"], L["padding"], L["dilation"]
        if L["kind"] not in ("conv", "pool", "convT") or min(k, s, d) < 1 or p < 0:
            raise ValueError("bad layer")
        if L["kind"] != "pool" and L["outChannels"] < 1:
            raise ValueError("outChannels must be positive")

        def out(n):
            if L["kind"] == "convT":
                return (n - 1) * s - 2 * p + d * (k - 1) + 1
            span = d * (k - 1) + 1
            if n + 2 * p < span:
                raise ValueError("kernel larger than the padded input")
            return (n + 2 * p - span) // s + 1

        H, W = out(H), out(W)
        if H < 1 or W < 1:
            raise ValueError("empty output")
        if L["kind"] != "pool":
            C = L["outChannels"]
        shapes.append([C, H, W])
    return {"shapes": shapes, "flatten": C * H * W}
