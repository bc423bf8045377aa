from typing import TypedDict


class Encoded(TypedDict):
    inputIds: list[list[int]]
    attentionMask: list[list[int]]
    tokenTypeIds: list[list[int]]


def encode_batch(ids: list[list[int]], max_len: int, cls_id: int, sep_id: int, pad_id: int) -> Encoded:
    """Truncate to max_len − 2, wrap in [CLS] … [SEP], pad to the longest row; masks 1 = real token.

    Return {"inputIds", "attentionMask", "tokenTypeIds"}, each B × width.
    """
    # TODO: truncate, add the special tokens, pad, build the masks
    return {"inputIds": [list(r) for r in ids], "attentionMask": [], "tokenTypeIds": []}
