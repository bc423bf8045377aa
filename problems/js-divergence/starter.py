from typing import TypedDict


class Jsd(TypedDict):
    nats: float
    bits: float


def js_divergence(P: list[float], Q: list[float]) -> Jsd:
    """JSD = 0.5 KL(P||M) + 0.5 KL(Q||M) with M = (P + Q) / 2 and 0 log 0 = 0, in nats and in bits."""
    # TODO
    return {"nats": 0.0, "bits": 0.0}
