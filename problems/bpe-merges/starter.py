from typing import TypedDict


class Bpe(TypedDict):
    merges: list[list[str]]
    tokens: list[str]


def bpe(words: list[str], counts: list[int], num_merges: int, word: str) -> Bpe:
    """Learn up to num_merges BPE merges (characters + "</w>", counts weighted, ties → smallest pair),
    then tokenize `word` with them in learned order.

    Return {"merges": [[a, b], …], "tokens": the symbols of `word`}.
    """
    # TODO: count adjacent pairs, merge the most frequent one, repeat; then apply the merges
    return {"merges": [], "tokens": list(word) + ["</w>"]}
