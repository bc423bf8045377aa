import math


def bayes_diagnostic(prior, sensitivity, specificity):
    if not all(0 <= v <= 1 for v in (prior, sensitivity, specificity)):
        raise ValueError('every argument must lie in [0, 1]')
    true_pos = sensitivity * prior
    false_pos = (1 - specificity) * (1 - prior)
    false_neg = (1 - sensitivity) * prior
    true_neg = specificity * (1 - prior)
    p_pos = true_pos + false_pos
    p_neg = false_neg + true_neg
    return {
        "posPost": true_pos / p_pos if p_pos > 0 else math.nan,
        "negPost": false_neg / p_neg if p_neg > 0 else math.nan,
        "pPositive": p_pos,
        "typeI": 1 - specificity,
        "typeII": 1 - sensitivity,
    }
