import math


def discounted_returns(rewards: list[float], dones: list[int], gamma: float) -> list[float]:
    """The discounted return G_t of every step, restarting after each step whose done flag is 1."""
    if len(rewards) != len(dones):
        raise ValueError('rewards and dones must have the same length')
    if not 0 <= gamma <= 1:
        raise ValueError('gamma must lie in [0, 1]')
    if any(not math.isfinite(r) for r in rewards) or any(d not in (0, 1) for d in dones):
        raise ValueError('rewards must be finite and dones 0 or 1')
    out = [0.0] * len(rewards)
    running = 0.0
    for t in range(len(rewards) - 1, -1, -1):
        running = rewards[t] + gamma * running * (1 - dones[t])
        out[t] = running
    return out
