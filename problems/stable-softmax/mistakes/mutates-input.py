# expect: wrong_answer
# mistake: shifts the logits in place (row[j] -= max), which mutates the caller's lists
# caught-by: constant added to a row
import math


def softmax(z):
    for row in z:
        m = max(row)
        for j in range(len(row)):
            row[j] -= m
    out = []
    for row in z:
        exps = [math.exp(v) for v in row]
        s = sum(exps)
        out.append([e / s for e in exps])
    return out
