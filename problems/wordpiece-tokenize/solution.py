import unicodedata


def _is_punct(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def wordpiece(text, vocab, max_chars):
    if not isinstance(max_chars, int) or max_chars < 1:
        raise ValueError("max_chars must be an integer >= 1")
    known = set(vocab)
    text = "".join(ch for ch in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(ch) != "Mn")
    words = []
    for chunk in text.split():
        current = ""
        for ch in chunk:
            if _is_punct(ch):
                if current:
                    words.append(current)
                words.append(ch)
                current = ""
            else:
                current += ch
        if current:
            words.append(current)
    out = []
    for word in words:
        if len(word) > max_chars:
            out.append("[UNK]")
            continue
        pieces, start = [], 0
        while start < len(word):
            for end in range(len(word), start, -1):      # longest match first
                piece = ("##" if start else "") + word[start:end]
                if piece in known:
                    pieces.append(piece)
                    start = end
                    break
            else:
                pieces = None                           # nothing fits: the whole word is unknown
                break
        out.extend(pieces if pieces is not None else ["[UNK]"])
    return out
