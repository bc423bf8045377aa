"""Library equivalents of the package references, for npm run problems:crosscheck (crosscheck.py runs them).

One adapter per package: `@library(slug, function, note)` over a function that takes the test case's
arguments exactly as the reference does and returns what the library computes, shaped like the reference's
result. An adapter that returns a dict compares only those keys of an object result (or those positions,
as "0", "1", …, of a tuple result). `normalize` is applied to both sides (sign of eigenvectors, label
ids), `view` to the reference only (a layout the library cannot produce); the note says which, so the
report reads as what was compared. Raise NotComparable(reason) for a case the library cannot express.
`explained` maps a case name to the documented convention that makes a difference beyond tolerance there
expected rather than a bug. NOT_COMPARABLE lists packages whose catalog entry names a library that cannot
be compared meaningfully, with the reason.
"""
import math
from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np
import scipy.linalg
import scipy.special
import scipy.stats as stats
from sklearn import metrics


class NotComparable(Exception):
    pass


@dataclass
class Adapter:
    function: str
    fn: Callable
    note: Optional[str] = None
    normalize: Optional[Callable] = None
    view: Optional[Callable] = None
    explained: dict = field(default_factory=dict)


ADAPTERS: dict = {}


def library(slug, function, note=None, normalize=None, view=None, explained=None):
    def register(fn):
        ADAPTERS[slug] = Adapter(function, fn, note, normalize, view, explained or {})
        return fn
    return register


A = np.asarray


# ---- metrics ---------------------------------------------------------------------------------------------

@library('roc-auc', 'sklearn.metrics.roc_curve(drop_intermediate=False), roc_auc_score',
         note='sklearn 1.2 puts max(score)+1 where the package puts +Infinity as the first threshold: that entry is set to Infinity')
def roc_auc(y, s):
    fpr, tpr, thr = metrics.roc_curve(y, s, drop_intermediate=False)
    thr = thr.astype(float)
    thr[0] = math.inf
    return {'fpr': fpr, 'tpr': tpr, 'thresholds': thr, 'auc': metrics.roc_auc_score(y, s)}


@library('average-precision', 'sklearn.metrics.precision_recall_curve, average_precision_score')
def average_precision(y, s):
    p, r, t = metrics.precision_recall_curve(y, s)
    return {'precision': p, 'recall': r, 'thresholds': t, 'ap': metrics.average_precision_score(y, s)}


@library('averaged-prf', "sklearn.metrics.precision_recall_fscore_support(average=…, zero_division=0)")
def averaged_prf(y, yp, average):
    p, r, f, _ = metrics.precision_recall_fscore_support(y, yp, average=average, zero_division=0)
    return {'precision': p, 'recall': r, 'f1': f}


@library('binary-classification-metrics', 'sklearn.metrics accuracy/precision/recall/f1 on labels binarised at posLabel; specificity = recall of the negative class',
         note='labels binarised to posLabel vs the rest before calling sklearn (the statement binarises accuracy too)')
def binary_metrics(y, yp, pos):
    t, p = (A(y) == pos).astype(int), (A(yp) == pos).astype(int)
    kw = dict(zero_division=0)
    return {'accuracy': metrics.accuracy_score(t, p), 'precision': metrics.precision_score(t, p, **kw),
            'recall': metrics.recall_score(t, p, **kw), 'specificity': metrics.recall_score(1 - t, 1 - p, **kw),
            'f1': metrics.f1_score(t, p, **kw)}


@library('confusion-matrix', 'sklearn.metrics.confusion_matrix(labels=range(numClasses))')
def confusion_matrix(y, yp, k):
    if len(y) == 0:
        raise NotComparable('sklearn rejects empty input; the statement returns the zero matrix')
    return metrics.confusion_matrix(y, yp, labels=list(range(k)))


@library('classification-report', 'sklearn.metrics.classification_report(labels=range(K), output_dict=True, zero_division=0)')
def classification_report(y, yp, k):
    rep = metrics.classification_report(y, yp, labels=list(range(k)), output_dict=True, zero_division=0)
    row = lambda d: [d['precision'], d['recall'], d['f1-score'], d['support']]
    rows = [row(rep[str(c)]) for c in range(k)] + [row(rep['macro avg']), row(rep['weighted avg'])]
    return rows + [[metrics.accuracy_score(y, yp)]]


@library('quadratic-weighted-kappa', "sklearn.metrics.cohen_kappa_score(labels=range(numClasses), weights='quadratic')")
def qwk(y, yp, k):
    return metrics.cohen_kappa_score(y, yp, labels=list(range(k)), weights='quadratic')


@library('regression-metrics', 'sklearn.metrics mean_squared_error, mean_absolute_error, r2_score, mean_absolute_percentage_error (×100)',
         explained={'single sample': "r2_score returns NaN for fewer than two samples; the statement applies sklearn's force_finite rule (0 or 1) to every constant target, n = 1 included"})
def regression_metrics(y, yp):
    mse = metrics.mean_squared_error(y, yp)
    return {'mse': mse, 'rmse': math.sqrt(mse), 'mae': metrics.mean_absolute_error(y, yp),
            'r2': metrics.r2_score(y, yp), 'mape': 100 * metrics.mean_absolute_percentage_error(y, yp)}


@library('threshold-precision-recall', 'sklearn.metrics precision_score, recall_score (zero_division=0) on scores > t')
def threshold_pr(y, s, ts):
    return [[metrics.precision_score(y, A(s) > t, zero_division=0), metrics.recall_score(y, A(s) > t, zero_division=0)] for t in ts]


@library('ndcg-at-k', 'sklearn.metrics.ndcg_score(k=k, ignore_ties=True) per query',
         note="gain 'linear' only (sklearn has no exponential gain)",
         explained={'tied scores keep input order': "sklearn's ignore_ties=True reverses an ascending argsort, so tied items come last index first; the statement keeps input order (and ignore_ties=False averages over tied orders)"})
def ndcg(scores, rel, k, gain):
    if gain != 'linear':
        raise NotComparable('sklearn.metrics.ndcg_score has only linear gain')
    per = [metrics.ndcg_score([r], [s], k=k, ignore_ties=True) if len(r) > 1 else math.nan for s, r in zip(scores, rel)]
    if any(math.isnan(x) for x in per):
        raise NotComparable('sklearn.metrics.ndcg_score needs at least 2 items per query')
    return {'perQuery': per, 'mean': float(np.mean(per))}


@library('expected-calibration-error', 'sklearn.calibration.calibration_curve(n_bins, strategy="uniform")',
         note='compares binAccuracy and binConfidence of the non-empty bins (calibration_curve drops empty bins)',
         view=lambda ref: {k: [v for v, c in zip(ref[k], ref['binCount']) if c > 0] for k in ('binAccuracy', 'binConfidence')},
         explained={'probabilities on bin edges': "calibration_curve puts p = b/M into bin b−1 (searchsorted side='left'); the statement's bin is ⌊p·M⌋, so an edge value opens bin b"})
def calibration(y, p, m):
    from sklearn.calibration import calibration_curve
    acc, conf = calibration_curve(y, p, n_bins=m, strategy='uniform')
    return {'binAccuracy': acc, 'binConfidence': conf}


@library('calinski-harabasz-score', 'sklearn.metrics.calinski_harabasz_score')
def calinski_harabasz(X, labels):
    return metrics.calinski_harabasz_score(X, labels)


@library('silhouette-score', 'sklearn.metrics.silhouette_score, silhouette_samples')
def silhouette(X, labels):
    return {'mean': metrics.silhouette_score(X, labels), 'samples': metrics.silhouette_samples(X, labels)}


# ---- statistics ------------------------------------------------------------------------------------------

@library('two-sample-t-test', 'scipy.stats.ttest_ind(control, treatment, equal_var=equalVar)',
         note='tStat and pValue (the other fields are arithmetic on the means)')
def t_test(c, t, equal_var, alpha):
    r = stats.ttest_ind(c, t, equal_var=equal_var)
    return {'tStat': r.statistic, 'pValue': r.pvalue}


@library('two-proportion-z-test', 'scipy.stats.norm.sf for the two-sided p-value 2·sf(|z|), z from the pooled standard error',
         note='z is arithmetic; the check is the p-value far in the tail, which scipy evaluates with erfc')
def two_prop(x1, n1, x2, n2):
    p = (x1 + x2) / (n1 + n2)
    z = (x1 / n1 - x2 / n2) / math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2)) if 0 < p < 1 else math.nan
    return {'z': z, 'pValue': 2 * stats.norm.sf(abs(z))}


@library('chi-square-independence', 'scipy.stats.chi2_contingency(correction=False) on the table without all-zero rows and columns',
         note='expected frequencies put back at their original positions, 0 in dropped rows and columns as the statement says')
def chi_square(table):
    t = A(table, dtype=float)
    rows, cols = t.sum(axis=1) > 0, t.sum(axis=0) > 0
    chi2, _, dof, kept = stats.chi2_contingency(t[rows][:, cols], correction=False)
    expected = np.zeros_like(t)
    expected[np.ix_(rows, cols)] = kept
    return {'expected': expected, 'chi2': chi2, 'dof': dof, 'lowExpected': int((kept < 5).any())}


@library('ks-statistics', "scipy.stats.ks_2samp(method='asymp') statistic, kstest(a, 'norm', args=(mu, sigma)) statistic, kstwobign.sf(√(nm/(n+m))·D)",
         note="pAsymptotic is compared with scipy's Kolmogorov survival function at the statement's λ (ks_2samp's own asymp p-value uses the same λ)")
def ks(a, b, mu, sigma):
    d2 = stats.ks_2samp(a, b, method='asymp').statistic
    ne = len(a) * len(b) / (len(a) + len(b))
    return {'dTwoSample': d2, 'dOneSampleA': stats.kstest(a, 'norm', args=(mu, sigma)).statistic,
            'pAsymptotic': stats.kstwobign.sf(math.sqrt(ne) * d2)}


@library('ab-sample-size', 'scipy.stats.norm.ppf for z_{1−α/2} and z_power, then ⌈n⌉')
def ab_sample_size(p1, mde, alpha, power):
    p2 = p1 + mde
    if not (0 < p1 < 1 and 0 < p2 < 1 and 0 < alpha < 1 and 0 < power < 1):
        raise ValueError('out of range')
    if mde == 0:
        return math.inf
    z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)
    return math.ceil(z * z * (p1 * (1 - p1) + p2 * (1 - p2)) / mde ** 2)


@library('normal-qq-plot', "scipy.stats.probplot(x, dist='norm')",
         explained={c: "for a constant sample scipy reports r = 0 (linregress); the statement makes r NaN, since a correlation with a constant is undefined" for c in ('one value', 'constant sample')})
def qq(x):
    (q, s), (slope, intercept, r) = stats.probplot(x, dist='norm')
    return [q, s, [slope, intercept, r]]


@library('frechet-distance', 'scipy.linalg.sqrtm of Σ_r^{1/2} Σ_g Σ_r^{1/2}, means and np.cov (ddof 1)')
def fid(real, gen):
    r, g = A(real, dtype=float), A(gen, dtype=float)
    if r.shape[0] < 2 or g.shape[0] < 2:
        raise ValueError('need two rows')
    s1, s2 = np.cov(r, rowvar=False, ddof=1).reshape(r.shape[1], -1), np.cov(g, rowvar=False, ddof=1).reshape(g.shape[1], -1)
    root1 = scipy.linalg.sqrtm(s1).real
    cross = scipy.linalg.sqrtm(root1 @ s2 @ root1).real
    return float(np.sum((r.mean(0) - g.mean(0)) ** 2) + np.trace(s1) + np.trace(s2) - 2 * np.trace(cross))


NOT_COMPARABLE = {
}
