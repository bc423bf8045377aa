import math
from typing import Literal


def td_updates(kind: Literal['td0', 'sarsa', 'qlearning'], table: list[list[float]], transitions: list[list[float]], alpha: float, gamma: float) -> list[list[float]]:
    """The table after applying the chosen TD update to every transition [s, a, r, s', a', done] in order."""
    if kind not in ('td0', 'sarsa', 'qlearning'):
        raise ValueError(f'unknown kind {kind!r}')
    S = len(table)
    if S == 0 or len(table[0]) == 0 or any(len(r) != len(table[0]) for r in table):
        raise ValueError('the table must be S x A')
    A = len(table[0])
    if not 0 < alpha <= 1 or not 0 <= gamma <= 1:
        raise ValueError('need alpha in (0, 1] and gamma in [0, 1]')

    def index(v, n):
        if not (float(v).is_integer() and 0 <= v < n):
            raise ValueError('index out of range')
        return int(v)

    Q = [list(row) for row in table]  # never touch the caller's table
    for tr in transitions:
        if len(tr) != 6:
            raise ValueError('a transition is [s, a, r, s_next, a_next, done]')
        s, a, r, s2, a2, done = tr
        s, s2 = index(s, S), index(s2, S)
        if kind != 'td0':
            a, a2 = index(a, A), index(a2, A)
        if not math.isfinite(r) or done not in (0, 1):
            raise ValueError('bad reward or done flag')
        col = 0 if kind == 'td0' else a
        if done:
            future = 0.0
        elif kind == 'td0':
            future = Q[s2][0]
        elif kind == 'sarsa':
            future = Q[s2][a2]
        else:
            future = max(Q[s2])
        target = r + gamma * future
        Q[s][col] += alpha * (target - Q[s][col])
    return Q
