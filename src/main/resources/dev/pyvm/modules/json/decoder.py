"""JSON decoding of pyvm's json: JSONDecoder and JSONDecodeError.

The text is scanned by _json (Java); what is written here is the decoder's interface as
CPython 3.11's json.decoder has it.
"""

import _json
from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """ValueError with where the JSON text went wrong.

    msg: the message without position; doc: the text being parsed; pos: the index in doc where
    parsing failed; lineno, colno: the line and column of pos, counted from 1.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}


def scanstring(s, end, strict=True):
    """(str, index past its closing quote) of the JSON string whose text starts at s[end]."""
    return _json.scanstring(s, end, strict, JSONDecodeError)


c_scanstring = scanstring
py_scanstring = scanstring

_skip_ws = _json.skip_ws


class JSONDecoder(object):
    """A decoder of JSON text to Python values.

    object -> dict, array -> list, string -> str, number -> int or float, true/false -> True/False,
    null -> None; NaN, Infinity and -Infinity are accepted too.

    object_hook is called with every decoded dict and its result is used instead;
    object_pairs_hook (which takes precedence) with the list of (key, value) pairs of each
    object. parse_float and parse_int are called with the text of each number (float and int
    by default), parse_constant with 'NaN', 'Infinity' or '-Infinity'. With strict false,
    control characters are allowed inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """The Python value of the JSON document s (a str); whitespace may surround it."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(value, index where it ends) of the JSON value that starts at s[idx]; what follows
        it may be anything."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
