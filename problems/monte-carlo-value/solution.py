import math
from typing import TypedDict


class McValues(TypedDict):
    firstVisit: list[float]
    everyVisit: list[float]


def mc_value(episodes: list[list[list[float]]], num_states: int, gamma: float) -> McValues:
    """First-visit and every-visit Monte Carlo estimates of V(s) (NaN for states never visited)."""
    if not (float(num_states).is_integer() and num_states >= 1) or not 0 <= gamma <= 1:
        raise ValueError('need a positive integer num_states and gamma in [0, 1]')
    S = int(num_states)
    first_sum, first_n = [0.0] * S, [0] * S
    every_sum, every_n = [0.0] * S, [0] * S
    for episode in episodes:
        for step in episode:
            if len(step) != 2 or not (float(step[0]).is_integer() and 0 <= step[0] < S) or not math.isfinite(step[1]):
                raise ValueError('every step must be [state in range, finite reward]')
        states = [int(s) for s, _ in episode]
        returns = [0.0] * len(episode)
        g = 0.0
        for t in range(len(episode) - 1, -1, -1):
            g = episode[t][1] + gamma * g
            returns[t] = g
        seen = set()
        for t, s in enumerate(states):
            every_sum[s] += returns[t]
            every_n[s] += 1
            if s not in seen:
                seen.add(s)
                first_sum[s] += returns[t]
                first_n[s] += 1
    mean = lambda total, count: [t / c if c else math.nan for t, c in zip(total, count)]  # noqa: E731
    return {'firstVisit': mean(first_sum, first_n), 'everyVisit': mean(every_sum, every_n)}
