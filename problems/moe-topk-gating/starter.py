from typing import TypedDict

import numpy as np


class MoeGate(TypedDict):
    combined: list[list[float]]
    load: list[int]
    auxLoss: float


def moe_gate(gate_logits: list[list[float]], expert_out: list[list[list[float]]], k: int) -> MoeGate:
    """Softmax gates, keep the top k experts per token (ties → lower index), renormalize, mix the outputs
    expert_out[e][t]; load[e] = tokens whose top-1 is e; auxLoss = E·Σ_e f_e·P_e."""
    # TODO: gates, top-k, renormalization, combination, load statistics
    D = len(expert_out[0][0]) if expert_out and expert_out[0] else 0
    return {"combined": [[0.0] * D for _ in gate_logits], "load": [0] * len(expert_out), "auxLoss": 0.0}
