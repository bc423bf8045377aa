"""Runs the library adapters of adapters.py on reference results (npm run problems:crosscheck).

  python3 crosscheck.py --registry   prints {"versions": {...}, "adapters": {slug: {...}}, "notComparable": {slug: reason}}
  python3 crosscheck.py < batch.json  batch: [{"slug", "cases": [{"name", "args", "reference"} | {"name", "args", "referenceError"}]}]
                                      prints [{"slug", "cases": [{"name", "status", ...}]}]

Exit 3 with a message when numpy, scipy or scikit-learn cannot be imported: the caller reports "skipped".
"""
import json
import math
import sys

try:
    import numpy as np
    import scipy
    import sklearn
    import adapters
except ImportError as error:  # a developer tool: the product and CI never need these libraries
    print(f"numpy, scipy and scikit-learn are needed: {error}", file=sys.stderr)
    sys.exit(3)

NON_FINITE = {"Infinity": math.inf, "-Infinity": -math.inf, "NaN": math.nan}


def decode(value):
    """The project's JSON: the strings "Infinity", "-Infinity", "NaN" stand for non-finite numbers."""
    if isinstance(value, str):
        return NON_FINITE.get(value, value)
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        return {k: decode(v) for k, v in value.items()}
    return value


def plain(value):
    """numpy results as plain JSON data, non-finite numbers as the project's strings."""
    if isinstance(value, np.ndarray):
        return plain(value.tolist())
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        v = float(value)
        return v if math.isfinite(v) else ("NaN" if math.isnan(v) else ("Infinity" if v > 0 else "-Infinity"))
    return value


def reference_view(reference, library):
    """The part of the reference the library computes: the keys (object result) or positions (tuple result) it returned."""
    if not isinstance(library, dict):
        return reference
    if isinstance(reference, dict):
        return {k: reference[k] for k in library}
    if isinstance(reference, list):
        return {k: reference[int(k)] for k in library}
    raise ValueError("the adapter returned fields but the reference result has none")


def run_case(adapter, case):
    args = decode(case["args"])
    try:
        library = adapter.fn(*args)
    except adapters.NotComparable as reason:
        return {"status": "not-comparable", "reason": str(reason)}
    except Exception as error:  # the library refused this input
        if "referenceError" in case:
            return {"status": "both-reject", "libraryError": f"{type(error).__name__}: {error}"}
        return {"status": "library-rejects", "libraryError": f"{type(error).__name__}: {error}"}
    if "referenceError" in case:
        return {"status": "library-accepts", "library": plain(library), "referenceError": case["referenceError"]}
    library = plain(library)
    reference = decode(case["reference"])
    reference = reference_view(reference if adapter.view is None else adapter.view(reference), library)
    if adapter.normalize is not None:
        library = plain(adapter.normalize(decode(library)))
        reference = plain(adapter.normalize(reference))
    return {"status": "compared", "library": library, "reference": plain(reference)}


def main():
    if sys.argv[1:] == ["--registry"]:
        print(json.dumps({
            "versions": {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__, "scikit-learn": sklearn.__version__},
            "adapters": {slug: {"function": a.function, "note": a.note, "explained": a.explained} for slug, a in adapters.ADAPTERS.items()},
            "notComparable": adapters.NOT_COMPARABLE,
        }))
        return
    out = []
    for package in json.load(sys.stdin):
        adapter = adapters.ADAPTERS[package["slug"]]
        out.append({"slug": package["slug"], "cases": [{"name": c["name"], **run_case(adapter, c)} for c in package["cases"]]})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    import warnings
    warnings.simplefilter("ignore")  # sklearn's convergence and deprecation chatter is not a result
    np.seterr(all="ignore")
    main()
