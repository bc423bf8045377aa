def wordpiece(text: str, vocab: list[str], max_chars: int) -> list[str]:
    """Uncased BERT tokenization: lowercase, strip accents, split on whitespace and punctuation, then greedy
    longest-match-first WordPiece with "##" continuations; an unmatchable or too long word is [UNK]."""
    # TODO: basic tokenization, then WordPiece per word
    return text.split()
