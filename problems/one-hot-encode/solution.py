import numpy as np


def one_hot(train_codes, test_codes, drop_first):
    if len(train_codes) == 0:
        raise ValueError('train_codes has no rows')
    d = len(train_codes[0])
    if any(len(row) != d for row in list(train_codes) + list(test_codes)):
        raise ValueError('every row must have the same number of columns')
    train = np.asarray(train_codes, dtype=float).reshape(len(train_codes), d)
    test = np.asarray(test_codes, dtype=float).reshape(len(test_codes), d)
    categories = [np.unique(col[~np.isnan(col)]) for col in train.T]
    start = 1 if drop_first else 0

    def encode(M):
        blocks = [(M[:, [c]] == cats[start:][None, :]).astype(int) for c, cats in enumerate(categories)]
        return np.hstack(blocks) if blocks else np.zeros((len(M), 0), dtype=int)

    return {"categories": categories, "train": encode(train), "test": encode(test)}
