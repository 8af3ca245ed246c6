"""spaCy's tokenizer, kept linear on hostile text: ``BoundedTokenizer``.

spaCy splits a whitespace-free chunk by stripping prefixes and suffixes one at a time, copying the
rest of the chunk each time, so its time grows with the square of the chunk's length: 20,000
quotation marks in a row took 26 s, 100,000 some ten minutes. Real words are short; a chunk of
``LONGEST`` characters or more is cut into pieces of that length, each tokenized on its own. The
text is unchanged (offsets still index into it), and text without such chunks is tokenized by
spaCy exactly as before.

A name with a typographic apostrophe inside it ("O’Malley", "D’Amato") is read by the model as the
same name written with a straight one: its lexeme takes the straight spelling's norm and shape (the
text and offsets stay as written). The small English model, trained on text with straight
apostrophes, tagged "O’Malley" an organisation and "O'Malley" a person, so a surname written the
typographic way was never joined to the person named in full (issue 9).
"""
from __future__ import annotations

import re

LONGEST = 200  # characters; longer than any word or URL worth reading as one token
_LONG_CHUNK = re.compile(rf"\S{{{LONGEST},}}")
#: a name with a typographic apostrophe after its first letters ("O’Malley", "D’Souza", "Le’Veon"); not a
#: contraction ("n’t", "N’T"), whose curly spelling the model reads apart from the straight one as well, but
#: straightening those changed more parses for the worse than for the better (300 PolNeAR tune documents)
_NAME_APOSTROPHE = re.compile(r"[A-Z][a-z]{0,2}[’‘][A-Z][a-z][\w-]*")


def straighten_apostrophes(doc):
    """Give each name written with a typographic apostrophe ("O’Malley") the norm and shape of its spelling
    with a straight one ("O'Malley"), the features the model reads; the text is unchanged."""
    vocab = doc.vocab
    for token in doc:
        if "’" not in token.text and "‘" not in token.text or _NAME_APOSTROPHE.fullmatch(token.text) is None:
            continue
        lexeme, model = vocab[token.text], vocab[token.text.replace("’", "'").replace("‘", "'")]
        if lexeme.norm_ != model.norm_:
            lexeme.norm_ = model.norm_
            lexeme.shape_ = model.shape_
    return doc


class BoundedTokenizer:
    """Wraps a spaCy ``Tokenizer``: the same tokens, without the quadratic cost of long chunks."""

    def __init__(self, base, longest: int = LONGEST):
        self.base = base
        self.longest = longest
        self.vocab = base.vocab
        self._long_chunk = _LONG_CHUNK if longest == LONGEST else re.compile(rf"\S{{{longest},}}")

    def __call__(self, text: str):
        if self._long_chunk.search(text) is None:
            return straighten_apostrophes(self.base(text))
        from spacy.tokens import Doc

        docs = [self.base(piece) for piece in self.pieces(text)]
        return straighten_apostrophes(Doc.from_docs(docs, ensure_whitespace=False))

    def pieces(self, text: str) -> list[str]:
        """``text`` in consecutive pieces (their concatenation is ``text``), long chunks cut."""
        pieces, at = [], 0
        for match in self._long_chunk.finditer(text):
            if match.start() > at:
                pieces.append(text[at:match.start()])
            for start in range(match.start(), match.end(), self.longest):
                pieces.append(text[start:min(start + self.longest, match.end())])
            at = match.end()
        if at < len(text):
            pieces.append(text[at:])
        return pieces

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __reduce__(self):  # pickled with the pipeline (nlp.pipe with several processes)
        return (BoundedTokenizer, (self.base, self.longest))
