import math
from typing import TypedDict


class BanditRun(TypedDict):
    ucbActions: list[int]
    ucbTotal: float
    egActions: list[int]
    egTotal: float


def _argmax(values: list[float]) -> int:
    best = 0
    for a in range(1, len(values)):
        if values[a] > values[best]:  # strictly greater: ties keep the lowest arm
            best = a
    return best


def bandit_simulate(rewards: list[list[float]], c: float, eps: float, uniforms: list[list[float]]) -> BanditRun:
    """The arms UCB1 and epsilon-greedy pull in every round of the reward table, and the rewards they collect."""
    T = len(rewards)
    K = len(rewards[0]) if T else 0
    if T and K == 0:
        raise ValueError('every round needs at least one arm')
    if any(len(row) != K or not all(math.isfinite(r) for r in row) for row in rewards):
        raise ValueError('rewards must be a T x K table of finite numbers')
    if len(uniforms) != T or any(len(u) != 2 or not all(0 <= v < 1 for v in u) for u in uniforms):
        raise ValueError('uniforms must be T pairs in [0, 1)')
    if not (c >= 0 and math.isfinite(c)) or not 0 <= eps <= 1:
        raise ValueError('need c >= 0 and eps in [0, 1]')

    def run(choose):
        mean, count = [0.0] * K, [0] * K
        actions, total = [], 0.0
        for t in range(T):
            a = choose(t, mean, count)
            r = rewards[t][a]
            count[a] += 1
            mean[a] += (r - mean[a]) / count[a]
            actions.append(a)
            total += r
        return actions, total

    def ucb(t, mean, count):
        if t < K:
            return t
        return _argmax([mean[a] + c * math.sqrt(math.log(t + 1) / count[a]) for a in range(K)])

    def eps_greedy(t, mean, count):
        u1, u2 = uniforms[t]
        return int(u2 * K) if u1 < eps else _argmax(mean)

    ucb_actions, ucb_total = run(ucb)
    eg_actions, eg_total = run(eps_greedy)
    return {'ucbActions': ucb_actions, 'ucbTotal': ucb_total, 'egActions': eg_actions, 'egTotal': eg_total}
