from typing import TypedDict


class WoeIv(TypedDict):
    woe: list[float]
    iv: list[float]
    totalIv: float


def woe_iv(bin_ids: list[int], y: list[int], n_bins: int) -> WoeIv:
    """WoE = ln((d_ne + 1e-4) / (d_e + 1e-4)) per bin (shares of all non-events / events), IV per bin and in total."""
    # TODO
    return {"woe": [0.0] * n_bins, "iv": [0.0] * n_bins, "totalIv": 0.0}
