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


# ---- preprocessing ---------------------------------------------------------------------------------------

def _fit_transform(scaler, train, test):
    scaler.fit(A(train, dtype=float))
    return {'train': scaler.transform(A(train, dtype=float)),
            'test': scaler.transform(A(test, dtype=float).reshape(-1, len(train[0])))}


@library('feature-scaling', 'sklearn.preprocessing.StandardScaler / MinMaxScaler fitted on Xtrain',
         explained={'large offset, minmax': 'MinMaxScaler computes x·scale_ + min_ with min_ = −min·scale_, which cancels for values near 1e9 (≈1e-7 relative); the statement\'s (x − min)/range is exact there: x − min is exact for these integers'})
def feature_scaling(train, test, method):
    from sklearn.preprocessing import MinMaxScaler, StandardScaler
    if method not in ('standard', 'minmax'):
        raise ValueError(method)
    return _fit_transform(StandardScaler() if method == 'standard' else MinMaxScaler(), train, test)


@library('robust-scaling', 'sklearn.preprocessing.RobustScaler fitted on Xtrain')
def robust_scaling(train, test):
    from sklearn.preprocessing import RobustScaler
    return _fit_transform(RobustScaler(), train, test)


@library('simple-impute', 'sklearn.impute.SimpleImputer(strategy=…) fitted on Xtrain')
def simple_impute(train, test, strategy):
    from sklearn.impute import SimpleImputer
    imp = SimpleImputer(strategy=strategy, keep_empty_features=True)
    out = _fit_transform(imp, train, test)
    return {'statistics': imp.statistics_, **out}


@library('knn-impute', 'sklearn.impute.KNNImputer(n_neighbors=k, keep_empty_features=True) (nan_euclidean distances, uniform weights)',
         explained={'a column missing everywhere stays NaN': 'keep_empty_features=True fills an all-missing column with 0 (without it the column is dropped); the statement keeps NaN',
                    'fewer donors than k': 'with uniform weights KNNImputer also averages candidate rows that share no observed coordinate (NaN distance) when fewer than k rows share one; the statement skips them (step 1)'})
def knn_impute(X, k):
    from sklearn.impute import KNNImputer
    return KNNImputer(n_neighbors=k, keep_empty_features=True).fit_transform(A(X, dtype=float))


@library('label-encoder', 'sklearn.preprocessing.LabelEncoder fitted on train')
def label_encoder(train, apply):
    from sklearn.preprocessing import LabelEncoder
    enc = LabelEncoder().fit(A(train, dtype=float))
    return {'classes': enc.classes_, 'codes': enc.transform(A(apply, dtype=float))}


@library('polynomial-features', 'sklearn.preprocessing.PolynomialFeatures(degree, interaction_only, include_bias)')
def polynomial_features(X, degree, interaction_only, include_bias):
    from sklearn.preprocessing import PolynomialFeatures
    return PolynomialFeatures(degree, interaction_only=interaction_only, include_bias=include_bias).fit_transform(A(X, dtype=float))


# ---- distances and kernels -------------------------------------------------------------------------------

@library('pairwise-distances', 'sklearn.metrics.pairwise_distances(A, B, metric)',
         explained={'magnitudes around 1e8': "sklearn's euclidean uses ‖a‖² − 2a·b + ‖b‖², which loses differences of order 1 at magnitudes 1e8; the statement asks for the direct difference, and this test exists to catch the expansion"})
def pairwise_distances(a, b, metric):
    return metrics.pairwise_distances(A(a, dtype=float), A(b, dtype=float), metric=metric)


def _kernel(a, b, kernel, gamma, coef0, degree):
    from sklearn.metrics import pairwise as pw
    a, b = A(a, dtype=float), A(b, dtype=float)
    if kernel == 'linear':
        return pw.linear_kernel(a, b)
    if kernel == 'poly':
        return pw.polynomial_kernel(a, b, degree=degree, gamma=gamma, coef0=coef0)
    if kernel == 'rbf':
        return pw.rbf_kernel(a, b, gamma=gamma)
    if kernel == 'sigmoid':
        return pw.sigmoid_kernel(a, b, gamma=gamma, coef0=coef0)
    raise ValueError(kernel)


@library('kernel-matrix', "sklearn.metrics.pairwise linear/polynomial/rbf/sigmoid_kernel; gamma='scale' as SVC computes it, 1/(d·X.var())")
def kernel_matrix(a, b, kernel, gamma, coef0, degree):
    if gamma == 'scale':
        var = A(a, dtype=float).var()
        gamma = 1.0 / (len(a[0]) * var) if var != 0 else 1.0
    return _kernel(a, b, kernel, gamma, coef0, degree)


@library('kernel-svm-decision-function', 'sklearn.metrics.pairwise kernels, then K(X, SV) · dual_coef_ᵀ + intercept_ as SVC.decision_function sums it; labels sign / argmax',
         note='labels: one machine gives 1 where f > 0 else −1; several give np.argmax (first index on ties)')
def svm_decision(sv, dual, intercept, X, kernel, gamma, coef0, degree):
    if len(X) == 0:
        raise NotComparable('no rows to score')
    scores = _kernel(X, sv, kernel, gamma, coef0, degree) @ A(dual, dtype=float).T + A(intercept, dtype=float)
    labels = np.where(scores[:, 0] > 0, 1, -1) if len(intercept) == 1 else scores.argmax(axis=1)
    return {'scores': scores, 'labels': labels}


# ---- neighbours, naive Bayes, linear models ---------------------------------------------------------------

def _knn(train, y, test, k, **kw):
    from sklearn.neighbors import KNeighborsClassifier
    if len(test) == 0:
        raise NotComparable('empty query set (sklearn refuses it)')
    return KNeighborsClassifier(n_neighbors=k, algorithm='brute', **kw).fit(A(train, dtype=float), y)


@library('knn-classifier', "sklearn.neighbors.NearestNeighbors(metric, algorithm='brute').kneighbors, then Counter(labels).most_common(1)",
         note="sklearn's own predict breaks vote ties by the smallest label; the statement's rule is Counter.most_common on the neighbours in distance order, so the vote is taken that way over sklearn's neighbours")
def knn_classifier(train, y, test, k, metric):
    from collections import Counter
    from sklearn.neighbors import NearestNeighbors
    if not (isinstance(k, int) and k >= 1):
        raise ValueError('k')
    if len(test) == 0:
        raise NotComparable('empty query set (sklearn refuses it)')
    nn = NearestNeighbors(n_neighbors=min(k, len(train)), metric=metric, algorithm='brute').fit(A(train, dtype=float))
    _, idx = nn.kneighbors(A(test, dtype=float))
    return [Counter(y[i] for i in row).most_common(1)[0][0] for row in idx]


@library('knn-distance-weighted', "sklearn.neighbors.KNeighborsClassifier(weights='distance', algorithm='brute'): classes_, predict_proba, predict")
def knn_weighted(train, y, test, k):
    clf = _knn(train, y, test, k, weights='distance')
    t = A(test, dtype=float)
    return {'classes': clf.classes_, 'proba': clf.predict_proba(t), 'pred': clf.predict(t)}


@library('gaussian-naive-bayes', 'sklearn.naive_bayes.GaussianNB(var_smoothing): classes_, predict_joint_log_proba, predict_log_proba, predict')
def gaussian_nb(X, y, test, var_smoothing):
    from sklearn.naive_bayes import GaussianNB
    clf = GaussianNB(var_smoothing=var_smoothing).fit(A(X, dtype=float), y)
    t = A(test, dtype=float)
    return {'classes': clf.classes_, 'logJoint': clf.predict_joint_log_proba(t), 'logProba': clf.predict_log_proba(t), 'pred': clf.predict(t)}


def _discrete_nb(model, X, y, test, alpha):
    clf = model(alpha=alpha, force_alpha=True).fit(A(X, dtype=float), y)
    t = A(test, dtype=float)
    return {'classes': clf.classes_, 'logProba': clf.predict_log_proba(t), 'predictions': clf.predict(t)}


@library('naive-bayes-bernoulli', 'sklearn.naive_bayes.BernoulliNB(alpha, force_alpha=True): classes_, predict_log_proba, predict')
def bernoulli_nb(X, y, test, alpha):
    from sklearn.naive_bayes import BernoulliNB
    return _discrete_nb(BernoulliNB, X, y, test, alpha)


@library('naive-bayes-multinomial', 'sklearn.naive_bayes.MultinomialNB(alpha, force_alpha=True): classes_, predict_log_proba, predict')
def multinomial_nb(X, y, test, alpha):
    from sklearn.naive_bayes import MultinomialNB
    return _discrete_nb(MultinomialNB, X, y, test, alpha)


@library('normal-equation', 'sklearn.linear_model.LinearRegression: coef_, intercept_')
def normal_equation(X, y):
    from sklearn.linear_model import LinearRegression
    m = LinearRegression().fit(A(X, dtype=float).reshape(len(y), -1), y)
    return {'weights': m.coef_, 'bias': m.intercept_}


@library('ridge-closed-form', 'sklearn.linear_model.Ridge(alpha): coef_, intercept_')
def ridge(X, y, alpha):
    from sklearn.linear_model import Ridge
    m = Ridge(alpha=alpha).fit(A(X, dtype=float), y)
    return {'weights': m.coef_, 'bias': m.intercept_}


@library('elastic-net-coordinate-descent', 'sklearn.linear_model.ElasticNet(alpha, l1_ratio, tol=1e-12, max_iter=100000): coef_, intercept_',
         note="compared with sklearn's converged minimiser (the statement grades against the minimiser, not the iterates)")
def elastic_net(X, y, alpha, l1_ratio, max_iter, tol):
    from sklearn.linear_model import ElasticNet
    m = ElasticNet(alpha=alpha, l1_ratio=l1_ratio, tol=1e-12, max_iter=100000).fit(A(X, dtype=float), y)
    return {'coef': m.coef_, 'intercept': m.intercept_}


@library('lasso-regularization-path', 'sklearn.linear_model.lasso_path(X, y, alphas) on centred data (coefs, counts of non-zeros); alphaMax = max|Xcᵀyc|/n',
         note='coefficients of the converged path (tol 1e-12); the statement grades against the minimisers')
def lasso_path(X, y, alphas, max_iter, tol):
    from sklearn.linear_model import lasso_path
    X, y = A(X, dtype=float), A(y, dtype=float)
    Xc, yc = X - X.mean(0), y - y.mean()
    coefs = [lasso_path(Xc, yc, alphas=[a], tol=1e-12, max_iter=100000)[1][:, 0] for a in alphas]
    return {'0': coefs, '1': [int(np.count_nonzero(c)) for c in coefs], '2': float(np.max(np.abs(Xc.T @ yc)) / len(y))}


@library('anova-f-select-kbest', 'sklearn.feature_selection.f_classif, SelectKBest(f_classif, k).get_support(indices=True)')
def anova_f(X, y, k):
    from sklearn.feature_selection import SelectKBest, f_classif
    X = A(X, dtype=float)
    return {'scores': f_classif(X, y)[0], 'selected': SelectKBest(f_classif, k=k).fit(X, y).get_support(indices=True)}


@library('logistic-predict', 'sklearn.linear_model.LogisticRegression with coef_ and intercept_ set: decision_function, predict_proba, predict; oddsRatios = np.exp(coef_)',
         note='threshold 0.5 only (sklearn predicts at decision_function > 0)')
def logistic_predict(X, b0, beta, threshold):
    from sklearn.linear_model import LogisticRegression
    if threshold != 0.5:
        raise NotComparable('sklearn predicts at probability 0.5 only')
    m = LogisticRegression()
    m.coef_, m.intercept_, m.classes_ = A([beta], dtype=float), A([b0], dtype=float), A([0, 1])
    X = A(X, dtype=float).reshape(-1, len(beta))
    return {'logOdds': m.decision_function(X), 'proba': m.predict_proba(X)[:, 1], 'labels': m.predict(X), 'oddsRatios': np.exp(beta)}


@library('matrix-rank', 'numpy.linalg.matrix_rank(A, tol) (SVD: counts singular values > tol)',
         note='numpy counts singular values, the statement counts elimination pivots: the default tolerances differ (σ_max vs max|a_ij|), so only cases with an explicit tol are compared')
def matrix_rank(a, tol=None):
    if tol is None:
        raise NotComparable('default tolerance: numpy scales by σ_max, the statement by max|a_ij|')
    return int(np.linalg.matrix_rank(A(a, dtype=float), tol=tol))


# ---- decomposition and clustering ------------------------------------------------------------------------

def _largest_entry_positive(result, field, linked):
    """Eigenvector sign: flip each row of `field` so its largest-|x| entry (first on ties) is positive, and the linked column with it."""
    rows = A(result[field], dtype=float).reshape(len(result[field]), -1)
    out = dict(result)
    signs = [1.0 if r.size == 0 or r[np.argmax(np.abs(r))] >= 0 else -1.0 for r in rows]
    out[field] = rows * A(signs)[:, None]
    if linked in result:
        out[linked] = A(result[linked], dtype=float).reshape(-1, len(signs)) * A(signs)[None, :]
    return out


@library('pca', "sklearn.decomposition.PCA(n_components=k, svd_solver='full'): components_, explained_variance_(_ratio_), transform, mean_",
         note='signs normalised on both sides: each component flipped so its largest-|x| entry is positive, its scores column with it',
         normalize=lambda r: _largest_entry_positive(r, 'components', 'scores'),
         explained={'single constant column': 'total variance 0: sklearn divides 0 by 0 (NaN); the statement makes every ratio 0'})
def pca(X, k):
    from sklearn.decomposition import PCA
    if k == 0:
        raise NotComparable('PCA(n_components=0) is not allowed')
    X = A(X, dtype=float)
    m = PCA(n_components=k, svd_solver='full').fit(X)
    return {'components': m.components_, 'explainedVariance': m.explained_variance_,
            'explainedVarianceRatio': m.explained_variance_ratio_, 'scores': m.transform(X), 'mean': m.mean_}


@library('pca-n-components-for-variance', 'np.cumsum of the ratios; countAtLeast = np.argmax(c >= τ) + 1 (m when none), countAbove = PCA(n_components=τ).fit(X).n_components_ on data whose covariance has these eigenvalues',
         note='countAbove from sklearn itself, fitted on ±√(λ_j(2m−1)/2)·e_j rows (covariance diag(λ)); cases with a zero eigenvalue are compared on the numpy fields only')
def pca_components(ev, tau):
    from sklearn.decomposition import PCA
    ev = A(ev, dtype=float)
    if ev.size == 0 or (ev < 0).any() or ev.sum() == 0 or not 0 < tau < 1 or (np.diff(ev) > 0).any():
        raise ValueError('bad input')
    ratios = ev / ev.sum()
    c = np.cumsum(ratios)
    at_least = int(np.argmax(c >= tau)) + 1 if (c >= tau).any() else len(ev)
    out = {'ratios': ratios, 'cumulative': c, 'countAtLeast': at_least}
    if (ev > 0).all():
        m = len(ev)
        X = np.vstack([np.diag(np.sqrt(ev * (2 * m - 1) / 2)), -np.diag(np.sqrt(ev * (2 * m - 1) / 2))])
        out['countAbove'] = PCA(n_components=tau, svd_solver='full').fit(X).n_components_
    return out


@library('dbscan', 'sklearn.cluster.DBSCAN(eps, min_samples=minPts).labels_',
         note='cluster ids renumbered in order of first appearance on both sides (noise stays −1)',
         normalize=lambda labels: _first_appearance(labels))
def dbscan(X, eps, min_pts):
    from sklearn.cluster import DBSCAN
    return DBSCAN(eps=eps, min_samples=min_pts).fit(A(X, dtype=float)).labels_


def _first_appearance(labels):
    ids = {}
    return [-1 if l == -1 else ids.setdefault(l, len(ids)) for l in labels]


@library('kmeans-lloyd', "sklearn.cluster.KMeans(init=initCentroids, n_init=1, max_iter=maxIters, tol=0, algorithm='lloyd'): cluster_centers_, labels_, inertia_",
         note="nIter not compared (sklearn counts differently and its tol is relative to the data's variance, so tol=0 runs Lloyd to its fixed point)",
         explained={'empty cluster keeps its centroid': "sklearn moves an empty cluster's centre to the point farthest from its centre; the statement keeps the old centroid",
                    'duplicate initial centroids: lower index takes all': 'with two equal centres sklearn relocates the one left empty (as above); the statement leaves it empty',
                    'large tol stops early and keeps the old centroids': "the statement's tol is an absolute per-coordinate shift, sklearn's a fraction of the data's mean variance on the squared shift: run with tol=0, sklearn goes on to the fixed point"})
def kmeans(X, init, max_iters, tol):
    from sklearn.cluster import KMeans
    if max_iters < 1:
        raise NotComparable('maxIters = 0 (sklearn needs max_iter ≥ 1)')
    m = KMeans(n_clusters=len(init), init=A(init, dtype=float), n_init=1, max_iter=max_iters, tol=0, algorithm='lloyd').fit(A(X, dtype=float))
    return {'centroids': m.cluster_centers_, 'labels': m.labels_, 'inertia': m.inertia_}


@library('minibatch-kmeans', 'sklearn.cluster.MiniBatchKMeans(init, n_init=1, reassignment_ratio=0).partial_fit(X[batch]) per batch: cluster_centers_, _counts')
def minibatch_kmeans(X, init, batches):
    from sklearn.cluster import MiniBatchKMeans
    X, init = A(X, dtype=float), A(init, dtype=float)
    m = MiniBatchKMeans(n_clusters=len(init), init=init, n_init=1, reassignment_ratio=0)
    batches = [b for b in batches if len(b) > 0]
    if not batches:
        raise NotComparable('no non-empty batch (partial_fit needs data)')
    for b in batches:
        m.partial_fit(X[b])
    return {'centers': m.cluster_centers_, 'counts': m._counts}


@library('gmm-em', "sklearn.mixture.GaussianMixture(covariance_type='full', weights_init, means_init, precisions_init=inv(covs0), max_iter=nIter, tol=0, reg_covar)",
         note='final weights, means and covariances (sklearn keeps no log-likelihood history)')
def gmm_em(X, w0, m0, c0, n_iter, reg):
    from sklearn.mixture import GaussianMixture
    if n_iter < 1:
        raise NotComparable('nIter = 0 (sklearn needs max_iter ≥ 1)')
    g = GaussianMixture(len(w0), covariance_type='full', weights_init=w0, means_init=m0,
                        precisions_init=np.linalg.inv(A(c0, dtype=float)), max_iter=n_iter, tol=0, reg_covar=reg, n_init=1)
    g.fit(A(X, dtype=float))
    return {'weights': g.weights_, 'means': g.means_, 'covs': g.covariances_}


@library('iqr-outlier-filter', "np.nanquantile(…, [0.25, 0.75]) (method 'linear') per column, NaN skipped; fences Q1 − k·IQR, Q3 + k·IQR",
         note='fences only: which rows are kept is a comparison against them')
def iqr_filter(X, k):
    X = A(X, dtype=float)
    if X.size == 0 or k < 0:
        raise ValueError('bad input')
    q1, q3 = np.nanquantile(X, [0.25, 0.75], axis=0)
    return {'fences': np.stack([q1 - k * (q3 - q1), q3 + k * (q3 - q1)], axis=1)}


@library('bias-variance-decomposition', 'np.var(preds, axis=0) (ddof 0, two-pass), np.mean for bias² and MSE')
def bias_variance(preds, f, noise):
    P, f = A(preds, dtype=float), A(f, dtype=float)
    bias2, var = np.mean((P.mean(0) - f) ** 2), np.mean(np.var(P, axis=0))
    return {'bias2': bias2, 'variance': var, 'mse': np.mean((P - f) ** 2), 'expectedError': bias2 + var + noise}


@library('psi-drift', 'numpy.histogram(x, bins=buckets, range=(min, max) of both samples) for the bin counts')
def psi_drift(e, a, buckets):
    e, a = A(e, dtype=float), A(a, dtype=float)
    lo, hi = min(e.min(), a.min()), max(e.max(), a.max())
    if lo == hi:
        raise NotComparable('every value equal: the statement puts all mass in bin 0, numpy.histogram widens the range to ±0.5')
    E = np.histogram(e, bins=buckets, range=(lo, hi))[0] / len(e) + 1e-10
    Aa = np.histogram(a, bins=buckets, range=(lo, hi))[0] / len(a) + 1e-10
    return {'psi': float(np.sum((Aa - E) * np.log(Aa / E))), 'expectedPct': E, 'actualPct': Aa}


@library('psi-csi', "np.quantile (linear) for the edges, np.unique, np.digitize(v, edges, right=True) for the bins")
def psi_csi(expected, actual, n_bins):
    Ex, Ac = A(expected, dtype=float), A(actual, dtype=float)
    psi = []
    for j in range(Ex.shape[1]):
        edges = np.unique(np.quantile(Ex[:, j], np.arange(1, n_bins) / n_bins))
        share = lambda v: np.maximum(np.bincount(np.digitize(v, edges, right=True), minlength=len(edges) + 1) / len(v), 1e-4)
        E, Aa = share(Ex[:, j]), share(Ac[:, j])
        psi.append(float(np.sum((Aa - E) * np.log(Aa / E))))
    return {'psi': psi}


@library('kfold-assign', 'sklearn.model_selection.KFold(n_splits=k).split: fold id of each test index',
         note='stratified=true is not compared: the statement allocates class members round-robin, StratifiedKFold by its own allocation')
def kfold_assign(y, k, stratified):
    from sklearn.model_selection import KFold
    if stratified:
        raise NotComparable("stratified: the statement's allocation is not StratifiedKFold's")
    fold = np.zeros(len(y), dtype=int)
    for f, (_, test) in enumerate(KFold(n_splits=k).split(np.zeros(len(y)))):
        fold[test] = f
    return fold


@library('stratified-kfold', 'sklearn.model_selection.StratifiedKFold(n_splits=k).split: the test indices of each fold')
def stratified_kfold(y, k):
    from sklearn.model_selection import StratifiedKFold
    return [test for _, test in StratifiedKFold(n_splits=k).split(np.zeros(len(y)), y)]


# ---- trees -----------------------------------------------------------------------------------------------

TIE = ("equal-gain candidates: sklearn visits features in a random order (random_state) and keeps the numerically larger "
       "of mathematically equal gains; the statement takes the lowest feature, then the lowest threshold")

def _sklearn_tree(left, right, feature=None, threshold=None, impurity=None, n_samples=None, values=None, n_features=None):
    """sklearn's own Tree object, built from the flat arrays of its `tree_` layout. Malformed arrays are
    refused first: sklearn's C code trusts them and loops or crashes on a cycle or an index out of range."""
    from sklearn.tree._tree import NODE_DTYPE, Tree
    n = len(left)
    children = [c for pair in zip(left, right) for c in pair if c != -1]
    if n == 0 or len(right) != n or any((l == -1) != (r == -1) for l, r in zip(left, right)) \
            or sorted(children) != list(range(1, n)) or any(not isinstance(c, int) for c in children):
        raise ValueError('not a tree in the tree_ layout')
    reached, stack = 0, [0]
    while stack and reached <= n:
        t, reached = stack.pop(), reached + 1
        stack += [c for c in (left[t], right[t]) if c != -1]
    if reached != n:
        raise ValueError('not a tree: a cycle')
    if feature is not None and (len(feature) != n or any(l != -1 and not 0 <= f < (n_features or math.inf) for l, f in zip(left, feature))):
        raise ValueError('bad feature index')
    nodes = np.zeros(n, dtype=NODE_DTYPE)
    nodes['left_child'], nodes['right_child'] = left, right
    nodes['feature'] = feature if feature is not None else [-2 if l == -1 else 0 for l in left]
    nodes['threshold'] = threshold if threshold is not None else -2.0
    nodes['impurity'] = impurity if impurity is not None else 0.0
    nodes['n_node_samples'] = n_samples if n_samples is not None else 1
    nodes['weighted_n_node_samples'] = n_samples if n_samples is not None else 1.0
    value = A(values, dtype=float).reshape(n, 1, -1) if values is not None else np.zeros((n, 1, 1))
    n_features = n_features if n_features is not None else int(max(nodes['feature'].max(), 0)) + 1
    tree = Tree(n_features, np.array([value.shape[2]], dtype=np.intp), 1)
    tree.__setstate__({'max_depth': n, 'node_count': n, 'nodes': nodes, 'values': value})
    return tree


@library('tree-predict-decision-path', "sklearn.tree._tree.Tree (the `tree_` object) built from the arrays: apply, decision_path, value",
         note="paths compared as sorted node-id sets on both sides (decision_path is an indicator matrix); sklearn compares float32(x) with the threshold",
         normalize=lambda r: {**r, 'paths': [sorted(p) for p in r['paths']]} if 'paths' in r else r,
         explained={'values exactly on thresholds go left': 'sklearn compares float32(x): 2.5000001 becomes 2.5, on the threshold, and goes left',
                    'regression values': 'sklearn compares float32(x): 1e-300 becomes 0, on the threshold 0, and goes left'})
def tree_apply(left, right, feature, threshold, value, X):
    tree = _sklearn_tree(left, right, feature, threshold, values=value, n_features=len(X[0]) if X else None)
    if len(X) == 0:
        raise NotComparable('no rows')
    X32 = A(X, dtype=np.float32)
    leaves = tree.apply(X32)
    paths = tree.decision_path(X32)
    return {'leaves': leaves, 'values': tree.value[leaves, 0, :], 'paths': [list(paths[i].indices) for i in range(len(X))]}


@library('tree-feature-importance-mdi', 'sklearn.tree._tree.Tree built from the arrays: compute_feature_importances(normalize=True)')
def mdi(left, right, feature, impurity, n_samples, n_features):
    tree = _sklearn_tree(left, right, feature, impurity=impurity, n_samples=n_samples, n_features=n_features)
    return tree.compute_feature_importances(normalize=True)


@library('cost-complexity-pruning-path', 'sklearn.tree._tree.ccp_pruning_path on a Tree built from the arrays')
def ccp(left, right, impurity, n_samples):
    from sklearn.tree._tree import ccp_pruning_path
    path = ccp_pruning_path(_sklearn_tree(left, right, impurity=impurity, n_samples=n_samples))
    return {'ccpAlphas': path['ccp_alphas'], 'impurities': path['impurities']}


def _float64_threshold(X, f, threshold):
    """sklearn fits on float32(X), so its threshold is a float32 midpoint: the float64 midpoint of the same split."""
    col = A(X, dtype=float)[:, f]
    goes_left = col.astype(np.float32) <= threshold
    return float((col[goes_left].max() + col[~goes_left].min()) / 2)


@library('best-split', 'sklearn.tree.DecisionTreeClassifier(max_depth=1, criterion, min_samples_leaf, min_impurity_decrease=1e-12, random_state=0).tree_: root feature, threshold; gain from its impurity and n_node_samples',
         note='sklearn splits float32(X): its threshold is replaced by the float64 midpoint of the same two neighbouring values',
         explained={c: TIE for c in ('tie across features: lower feature wins', 'minSamplesLeaf changes the answer',
                                     'multiclass with non-contiguous labels', 'negative and large values')})
def best_split(X, y, criterion, min_leaf):
    from sklearn.tree import DecisionTreeClassifier
    t = DecisionTreeClassifier(max_depth=1, criterion=criterion, min_samples_leaf=min_leaf, min_impurity_decrease=1e-12,
                               random_state=0).fit(A(X, dtype=float), y).tree_
    if t.node_count == 1:
        return {'feature': -1, 'threshold': math.nan, 'gain': 0.0}
    n, l, r = t.n_node_samples[0], t.n_node_samples[1], t.n_node_samples[2]
    gain = t.impurity[0] - (l * t.impurity[1] + r * t.impurity[2]) / n
    return {'feature': int(t.feature[0]), 'threshold': _float64_threshold(X, t.feature[0], t.threshold[0]), 'gain': gain}


@library('regression-split-criteria', "sklearn.tree.DecisionTreeRegressor(max_depth=1, criterion='squared_error' | 'absolute_error', min_samples_leaf, min_impurity_decrease=1e-12, random_state=0).tree_",
         note='sklearn splits float32(X): its threshold is replaced by the float64 midpoint of the same two neighbouring values',
         explained={'tie across features: lower feature wins': TIE,
                    'targets with a large offset': "sklearn's squared_error criterion computes Σy²/n − ȳ², which cancels for targets offset by ~1e8 (its parent impurity is off by 3 %); the statement asks for the two-pass form"})
def regression_split(X, y, criterion, min_leaf):
    from sklearn.tree import DecisionTreeRegressor
    crit = {'mse': 'squared_error', 'mae': 'absolute_error'}[criterion]
    t = DecisionTreeRegressor(max_depth=1, criterion=crit, min_samples_leaf=min_leaf, min_impurity_decrease=1e-12,
                              random_state=0).fit(A(X, dtype=float), y).tree_
    i0 = t.impurity[0]
    if t.node_count == 1:
        return {'feature': -1, 'threshold': math.nan, 'childImpurity': i0, 'parentImpurity': i0}
    child = (t.n_node_samples[1] * t.impurity[1] + t.n_node_samples[2] * t.impurity[2]) / t.n_node_samples[0]
    return {'feature': int(t.feature[0]), 'threshold': _float64_threshold(X, t.feature[0], t.threshold[0]), 'childImpurity': child, 'parentImpurity': i0}


@library('decision-tree-classifier', 'sklearn.tree.DecisionTreeClassifier(criterion, max_depth, min_samples_split, min_samples_leaf, min_impurity_decrease=1e-12, random_state=0): predict, predict_proba, get_depth, get_n_leaves',
         note='classes 0..K−1 absent from y get a zero proba column, as in the statement; sklearn fits and predicts on float32(X)',
         explained={'identical rows with different labels': TIE,
                    'random 6': TIE + ' (22 of random_state 0..39 reproduce the reference exactly)',
                    'large: 300 rows, 6 features': TIE + ' (several tied nodes; the closest of random_state 0..299 differs on 6 of 300 test rows)',
                    'test values on thresholds go left': 'sklearn predicts on float32(X): 3.0000001 becomes 3.0, on the threshold, and goes left'})
def decision_tree(X, y, K, max_depth, min_split, min_leaf, criterion, test):
    from sklearn.tree import DecisionTreeClassifier
    m = DecisionTreeClassifier(criterion=criterion, max_depth=None if max_depth == -1 else max_depth, min_samples_split=min_split,
                               min_samples_leaf=min_leaf, min_impurity_decrease=1e-12, random_state=0)
    if max_depth == 0:
        raise NotComparable('maxDepth = 0 (sklearn needs max_depth ≥ 1)')
    m.fit(A(X, dtype=float), y)
    if len(test) == 0:
        raise NotComparable('no test rows')
    T = A(test, dtype=float)
    proba = np.zeros((len(test), K))
    proba[:, m.classes_.astype(int)] = m.predict_proba(T)
    return {'labels': m.predict(T), 'proba': proba, 'depth': m.get_depth(), 'leaves': m.get_n_leaves()}


# ---- model selection, ensembles, inspection --------------------------------------------------------------

@library('cross-val-score', 'sklearn.model_selection.cross_val_score(Ridge(alpha), X, y, cv=[(train, test) per fold], scoring="r2"); mean and 2·np.std (ddof 0)')
def cross_val_score(X, y, folds, alpha):
    from sklearn.linear_model import Ridge
    from sklearn.model_selection import cross_val_score as cvs
    if any(len(f) < 2 for f in folds):
        raise NotComparable('a single-row fold: sklearn scores R² NaN there, the statement applies the force_finite rule')
    everyone = np.arange(len(y))
    cv = [(np.setdiff1d(everyone, f), A(f, dtype=int)) for f in folds]
    scores = cvs(Ridge(alpha=alpha), A(X, dtype=float), A(y, dtype=float), cv=cv, scoring='r2')
    return [scores, scores.mean(), 2 * scores.std()]


@library('ridge-cv', "sklearn.model_selection.GridSearchCV(Ridge(), {'alpha': alphas}, cv=PredefinedSplit(folds), scoring='neg_mean_squared_error', return_train_score=True): mean train/test scores, best_index_")
def ridge_cv(X, y, alphas, folds):
    from sklearn.linear_model import Ridge
    from sklearn.model_selection import GridSearchCV, PredefinedSplit
    g = GridSearchCV(Ridge(), {'alpha': list(alphas)}, cv=PredefinedSplit(folds), scoring='neg_mean_squared_error',
                     return_train_score=True).fit(A(X, dtype=float), A(y, dtype=float))
    r = g.cv_results_
    return {'trainMse': -r['mean_train_score'], 'valMse': -r['mean_test_score'], 'bestIndex': int(g.best_index_)}


@library('partial-dependence', "sklearn.inspection._partial_dependence._partial_dependence_brute (the brute method of partial_dependence, which takes no custom grid in 1.2) on a LogisticRegression with coef_ = w, intercept_ = b")
def partial_dependence(X, w, b, feature, grid):
    from sklearn.inspection._partial_dependence import _partial_dependence_brute
    from sklearn.linear_model import LogisticRegression
    m = LogisticRegression()
    m.coef_, m.intercept_, m.classes_ = A([w], dtype=float), A([b], dtype=float), A([0, 1])
    if len(grid) == 0:
        raise NotComparable('empty grid')
    avg = _partial_dependence_brute(m, A(grid, dtype=float)[:, None], A([feature]), A(X, dtype=float), 'predict_proba')
    return np.ravel(avg[0] if isinstance(avg, tuple) else avg)


@library('ensemble-vote-aggregate', 'np.mean(probas, axis=0) and np.argmax (first index on ties) for soft voting; np.bincount of each model\'s np.argmax, then np.argmax, for hard voting')
def ensemble_vote(probas):
    P = A(probas, dtype=float)
    K = P.shape[2]
    votes = np.stack([np.bincount(P[:, i, :].argmax(axis=1), minlength=K) for i in range(P.shape[1])])
    avg = P.mean(axis=0)
    return {'votes': votes, 'hard': votes.argmax(axis=1), 'avgProba': avg, 'soft': avg.argmax(axis=1)}


@library('svm-dual-to-primal', "sklearn.svm.SVC(kernel='linear', C, tol=1e-12): coef_, intercept_, support_",
         note='compared only where the given α is the dual optimum SVC finds (within 1e-6): that is the only α sklearn produces',
         explained={c: "the fixture's α and SVC's re-solved α (libsvm stops at its own tolerance) differ by up to 1e-6, and w, b move with α: the reference is exact for the α it is given"
                    for c in ('alphas at the bound C are not free', 'hard margin from the solver', 'random 1', 'random 2', 'random 3', 'random 4', 'random 5', 'large: 300 rows')})
def svm_dual_to_primal(X, y, alpha, C):
    from sklearn.svm import SVC
    m = SVC(kernel='linear', C=C, tol=1e-12).fit(A(X, dtype=float), y)
    a = np.zeros(len(y))
    a[m.support_] = np.abs(m.dual_coef_[0])
    if np.max(np.abs(a - A(alpha, dtype=float))) > 1e-6:
        raise NotComparable('the given α is not the dual optimum (a test of the formulas on other α)')
    sign = 1 if m.classes_[1] == 1 else -1
    return {'w': sign * m.coef_[0], 'b': sign * m.intercept_[0], 'support': m.support_[np.argsort(m.support_)]}


@library('uplift-targeting-roi', 'np.percentile(scores, 100·(1 − p)) (linear) for the cut-off; nTargeted = #(scores ≥ cut-off)',
         note='nTargeted only: roi and incremental conversions are arithmetic on it')
def uplift_roi(scores, cost, value, p):
    s = A(scores, dtype=float)
    return {'nTargeted': int(np.sum(s >= np.percentile(s, 100 * (1 - p))))}


@library('weight-quantization', 'np.round (half to even) of w/s; dequantized q·s and max |w − q·s|')
def weight_quantization(W, s):
    w = A(W, dtype=float)
    q = np.round(w / s) + 0.0  # + 0.0 turns −0 into 0
    return {'codes': q, 'dequant': q * s, 'maxErr': float(np.max(np.abs(w - q * s))) if w.size else 0.0}



@library('gradient-boosting-regressor', "sklearn.ensemble.GradientBoostingRegressor(loss='squared_error', criterion='squared_error', n_estimators, learning_rate, max_depth, random_state=0): train_score_, predict",
         explained={'test values on thresholds go left': 'sklearn predicts on float32(X): a test value a hair above a threshold becomes equal to it and goes left'})
def gbr(X, y, M, lr, depth, test):
    from sklearn.ensemble import GradientBoostingRegressor
    if M == 0 or len(test) == 0:
        raise NotComparable('nEstimators = 0 or no test rows (sklearn needs both)')
    m = GradientBoostingRegressor(loss='squared_error', criterion='squared_error', n_estimators=M, learning_rate=lr,
                                  max_depth=depth, random_state=0).fit(A(X, dtype=float), A(y, dtype=float))
    return {'trainMse': m.train_score_, 'predictions': m.predict(A(test, dtype=float))}


@library('gradient-boosting-classifier', "sklearn.ensemble.GradientBoostingClassifier(loss='log_loss', criterion='squared_error', n_estimators, learning_rate, max_depth, random_state=0): predict_proba, predict",
         explained={'random 4': TIE + ' (8 of random_state 0..29 reproduce the reference)'})
def gbc(X, y, M, lr, depth, test):
    from sklearn.ensemble import GradientBoostingClassifier
    if M == 0 or len(test) == 0 or len(set(y)) < 2:
        raise NotComparable('nEstimators = 0, no test rows or one class (sklearn needs all three)')
    m = GradientBoostingClassifier(loss='log_loss', criterion='squared_error', n_estimators=M, learning_rate=lr,
                                   max_depth=depth, random_state=0).fit(A(X, dtype=float), y)
    T = A(test, dtype=float)
    return {'proba': m.predict_proba(T)[:, 1], 'labels': m.predict(T)}


@library('adaboost-stumps', "sklearn.ensemble.AdaBoostClassifier(DecisionTreeClassifier(max_depth=1), n_estimators=T, algorithm='SAMME', random_state=0): estimator_weights_ / 2, predict",
         note="SAMME's weight for two classes is ln((1−ε)/ε) = 2α_t, so sklearn's weights are halved; sklearn stops early at a perfect stump, so only runs of T stumps are compared",
         explained={**{c: TIE for c in ('tie between features goes to the lower feature', 'tie between thresholds goes to the lower threshold', 'constant feature is skipped')},
                    **{c: "sklearn's stump is a depth-1 CART tree that splits by weighted Gini impurity; the statement's stump minimises the weighted classification error (the AdaBoost weak learner), and the two criteria pick different stumps here"
                       for c in ('random 1', 'random 5', 'random 6', 'large: 400 points, 6 features, 25 rounds')}})
def adaboost(X, y, T, test):
    from sklearn.ensemble import AdaBoostClassifier
    from sklearn.tree import DecisionTreeClassifier
    if T == 0 or len(test) == 0:
        raise NotComparable('T = 0 or no test rows (sklearn needs both)')
    m = AdaBoostClassifier(DecisionTreeClassifier(max_depth=1), n_estimators=T, algorithm='SAMME', random_state=0).fit(A(X, dtype=float), y)
    if len(m.estimators_) != T:
        raise NotComparable('sklearn stopped early (a perfect stump)')
    return {'alphas': m.estimator_weights_ / 2, 'predictions': m.predict(A(test, dtype=float))}


@library('conv2d-forward', 'scipy.signal.correlate2d(x[c] zero-padded, w[d][c], "valid") summed over channels, every stride-th row and column, + b[d]')
def conv2d(x, w, b, stride, padding):
    from scipy.signal import correlate2d
    x, w = A(x, dtype=float), A(w, dtype=float)
    if x.ndim != 3 or w.ndim != 4 or w.shape[1] != x.shape[0] or stride < 1 or padding < 0:
        raise ValueError('bad shapes')
    xp = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    return [sum(correlate2d(xp[c], w[d, c], mode='valid') for c in range(x.shape[0]))[::stride, ::stride] + b[d] for d in range(w.shape[0])]



@library('param-grid-expand', 'sklearn.model_selection.ParameterGrid({name: values}), each setting read back in the order of names')
def param_grid(names, values):
    from sklearn.model_selection import ParameterGrid
    if len(set(names)) != len(names) or len(names) != len(values):
        raise ValueError('names must be distinct, one list of values each')
    return [[g[n] for n in names] for g in ParameterGrid({n: list(v) for n, v in zip(names, values)})]


@library('recursive-feature-elimination', 'sklearn.feature_selection.RFE(Ridge(alpha=1e-10), n_features_to_select=keep, step=1) on StandardScaler().fit_transform(X): support_, ranking_',
         note='eliminationOrder read from ranking_ (the feature removed first has the largest rank)')
def rfe(X, y, keep):
    from sklearn.feature_selection import RFE
    from sklearn.linear_model import Ridge
    from sklearn.preprocessing import StandardScaler
    Z = StandardScaler().fit_transform(A(X, dtype=float))
    if keep == Z.shape[1]:
        raise NotComparable('keep = every column (RFE removes nothing but still requires a fit)')
    r = RFE(Ridge(alpha=1e-10), n_features_to_select=keep, step=1).fit(Z, A(y, dtype=float))
    return {'kept': np.flatnonzero(r.support_), 'eliminationOrder': [int(j) for j in np.argsort(-r.ranking_, kind='stable') if r.ranking_[j] > 1]}


@library('random-search-sampling', "scipy.stats.randint(low, high).ppf, uniform(loc, scale).ppf (the distributions RandomizedSearchCV takes) at the given u; choice as values[⌊u·|v|⌋]",
         note="randint's ppf is the smallest k with CDF(k) ≥ u, which matches ⌊u·(high−low)⌋ except where u·(high−low) is a whole number: there low + u·(high−low) is used",
         explained={'uniform of width zero': 'scipy.stats.uniform needs scale > 0 (its ppf is NaN at width 0); the statement allows width 0, a constant'})
def random_search(specs, kinds, u):
    if len(specs) != len(kinds):
        raise ValueError('specs and kinds differ in length')
    U = A(u, dtype=float).reshape(len(u), len(specs))
    columns = []
    for k, (spec, kind) in enumerate(zip(specs, kinds)):
        x = U[:, k]
        if kind == 'randint':
            whole = (x * (spec[1] - spec[0])) % 1 == 0
            columns.append(np.where(whole, spec[0] + x * (spec[1] - spec[0]), stats.randint(spec[0], spec[1]).ppf(x)))
        elif kind == 'uniform':
            columns.append(stats.uniform(spec[0], spec[1]).ppf(x))
        else:
            columns.append(A(spec, dtype=float)[(x * len(spec)).astype(int)])
    return np.stack(columns, axis=1) if columns else [[] for _ in u]


@library('bilinear-resize', "scipy.ndimage.zoom(x, (outH/H, outW/W), order=1, grid_mode=True, mode='nearest'): half-pixel centres with clamped edges, like F.interpolate(align_corners=False)")
def bilinear_resize(x, out_h, out_w):
    from scipy.ndimage import zoom
    x = A(x, dtype=float)
    if x.ndim != 2 or x.size == 0 or out_h < 1 or out_w < 1:
        raise ValueError('bad input')
    return zoom(x, (out_h / x.shape[0], out_w / x.shape[1]), order=1, grid_mode=True, mode='nearest')



def _splits(folds, n):
    """Validation folds as sklearn's cv iterable: (training rows in increasing order, validation rows)."""
    return [(np.setdiff1d(np.arange(n), f), A(f, dtype=int)) for f in folds]


@library('learning-curve', "sklearn.model_selection.learning_curve(Ridge(alpha), X, y, train_sizes=fracs, cv=[(train, val) per fold], scoring='neg_mean_squared_error'): train_sizes_abs, mean and np.std of the scores")
def learning_curve(X, y, folds, fracs, alpha):
    from sklearn.linear_model import Ridge
    from sklearn.model_selection import learning_curve as lc
    sizes, train, val = lc(Ridge(alpha=alpha), A(X, dtype=float), A(y, dtype=float), train_sizes=A(fracs, dtype=float),
                           cv=_splits(folds, len(y)), scoring='neg_mean_squared_error')
    return [sizes, np.stack([-train.mean(1), train.std(1)], axis=1), np.stack([-val.mean(1), val.std(1)], axis=1)]


@library('stacking-oof-features', 'sklearn.model_selection.cross_val_predict(Ridge(α_b), cv=folds) for the out-of-fold matrix; sklearn.ensemble.StackingRegressor(Ridge(α_b)…, final_estimator=Ridge(metaRidge), cv=folds) for the meta-model and test predictions')
def stacking(X, y, alphas, folds, test, meta_ridge):
    from sklearn.ensemble import StackingRegressor
    from sklearn.linear_model import Ridge
    from sklearn.model_selection import cross_val_predict
    X, y = A(X, dtype=float), A(y, dtype=float)
    oof = np.stack([cross_val_predict(Ridge(alpha=a), X, y, cv=_splits(folds, len(y))) for a in alphas], axis=1)
    m = StackingRegressor([(f'b{b}', Ridge(alpha=a)) for b, a in enumerate(alphas)], final_estimator=Ridge(alpha=meta_ridge),
                          cv=_splits(folds, len(y))).fit(X, y)
    out = {'oof': oof, 'metaWeights': m.final_estimator_.coef_, 'metaIntercept': m.final_estimator_.intercept_}
    if len(test):
        out['testPredictions'] = m.predict(A(test, dtype=float))
    return out


TORCH = 'PyTorch is not installed here (nor part of the toolset); numpy and scipy have no function for '
NOT_COMPARABLE = {
    'adam-optimizer': TORCH + 'torch.optim.Adam/AdamW',
    'batched-validation-metrics': TORCH + "a DataLoader's batched loop (the catalog names torch.argmax only)",
    'batchnorm-forward': TORCH + 'nn.BatchNorm1d with running statistics',
    'bilstm-final-states': TORCH + 'a bidirectional nn.LSTM',
    'class-weighted-cross-entropy': TORCH + 'nn.CrossEntropyLoss(weight=…) (torch.bincount is only a counting step)',
    'cnn-forward': TORCH + 'a conv–pool–linear network; its convolution is cross-checked in conv2d-forward',
    'cross-entropy-from-logits': TORCH + "nn.BCELoss's −100 log clamp and nn.CrossEntropyLoss",
    'dense-layer-forward': TORCH + 'nn.Linear with an activation beyond one matrix product',
    'gradient-clipping': TORCH + 'clip_grad_value_ / clip_grad_norm_',
    'gru-forward': TORCH + 'nn.GRU',
    'gru-session-scores': TORCH + 'nn.GRU with an embedding and output layer',
    'inverted-dropout': TORCH + 'nn.Dropout with a given mask',
    'lstm-classifier-forward': TORCH + 'nn.LSTM with an embedding and output layer',
    'lstm-forward': TORCH + 'nn.LSTM',
    'mlp-backprop-bce': TORCH + 'autograd through nn.BCELoss',
    'mlp-dropout-ce-train': TORCH + 'a training loop with dropout masks and Adam',
    'multi-head-attention': TORCH + 'nn.MultiheadAttention',
    'pooling-2d': TORCH + 'nn.MaxPool2d / AvgPool2d and their backward passes',
    'regularization-penalties': TORCH + 'the penalties and their subgradients (torch.norm is one term)',
    'residual-block-forward': TORCH + 'a conv–batch-norm residual block',
    'rmsprop': TORCH + 'torch.optim.RMSprop',
    'scaled-dot-product-attention': TORCH + 'F.scaled_dot_product_attention',
    'sinusoidal-positional-encoding': TORCH + 'the encoding (the catalog names torch.arange only)',
    'softmax-cross-entropy-grad': TORCH + 'autograd through nn.CrossEntropyLoss',
    'transformer-encoder-layer': TORCH + 'nn.TransformerEncoderLayer',
    'vae-loss': TORCH + 'the VAE loss',
    'logistic-regression-gd': "sklearn's LogisticRegression solves to convergence with lbfgs and its own C scaling; the package runs a fixed number of gradient-descent steps at a given rate, so the iterates differ by construction",
    'one-vs-rest-logistic': 'as logistic-regression-gd: OneVsRestClassifier(LogisticRegression) converges; the package takes a fixed number of gradient steps',
    'linear-svm-sgd': "sklearn's SGDClassifier(loss='hinge') uses its own learning-rate schedule, shuffling and intercept update; the package fixes them (np.sign is one step)",
    'svm-smo': "the SMO iterates and the returned α depend on the working-set rule and stopping; libsvm's α differ whenever the dual optimum is not unique, and the decision values only agree to libsvm's tolerance",
    'nesterov-momentum': 'the catalog names numpy only as the language of the update; no numpy or scipy function runs Nesterov steps',
    'mlp-minibatch-training': 'np.random.permutation is only how the document draws batches; the package takes them as input',
    'weight-init-scales': 'np.sqrt is only a step of the formula; the package takes the random draws as input',
    'random-forest-classifier': "np.random.choice is how the document draws bootstrap samples; sklearn's forest draws its own, so RandomForestClassifier cannot be given the package's samples and subsets",
    'bootstrap-oob': "sklearn draws bootstrap indices from its own random generator inside the forest; the package takes the draws as input",
    'oob-score': "sklearn computes oob_score_ only inside a fitted forest from its own bootstrap draws; no function takes per-tree probabilities and in-bag counts",
    'permutation-importance': "sklearn.inspection.permutation_importance draws its own permutations; the package takes them as input",
    'image-augment-flip-crop-normalize': TORCH + 'torchvision transforms with a given crop offset',
    'stratified-train-test-split': "sklearn's train_test_split(stratify=y) allocates the per-class test counts by its own rounding and permutes with its own random generator; the package takes the order as input",
    'autoencoder-anomaly-scores': 'the catalog names numpy only as the language of the document; the network is given, and no library function scores it',
    'kmeans-plus-plus-init': "sklearn's kmeans_plusplus draws from its own random generator and keeps the best of 2 + ⌊ln k⌋ candidates per step; the package takes its uniform draws as input, so no sklearn call makes the same choices",
}
