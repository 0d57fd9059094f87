"""JSON encoding of pyvm's json: JSONEncoder.

The text is made by _json.encode (Java); JSONEncoder holds the settings and is the interface
CPython 3.11's json.encoder has: default() to override, encode() and iterencode().
"""

import _json

encode_basestring_ascii = _json.encode_basestring_ascii
encode_basestring = _json.encode_basestring
c_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
py_encode_basestring = encode_basestring

INFINITY = float('inf')

_encode = _json.encode


class JSONEncoder(object):
    """An encoder of Python values to JSON text.

    dict -> object, list and tuple -> array, str -> string, int and float -> number,
    True/False -> true/false, None -> null. Other values go through default(), which a
    subclass overrides (or the default argument replaces) to return something encodable.

    skipkeys: skip dict keys that are not str, int, float, bool or None (else TypeError).
    ensure_ascii: escape every non-ASCII character. check_circular: ValueError on a container
    that contains itself (else RecursionError). allow_nan: NaN and the infinities as
    NaN/Infinity/-Infinity (else ValueError). sort_keys: objects by sorted keys. indent: a
    number of spaces or a str for each level, one item a line. separators: (item_separator,
    key_separator), by default (', ', ': '), or (',', ': ') with an indent.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """The encodable value for o, which is of no JSON type; here always TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, a str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o in chunks (an iterable of str), as json.dump writes it."""
        if _one_shot:
            return [self._text(o, None)]
        return self._chunks(o)

    def _chunks(self, o):
        chunks = []
        try:
            self._text(o, chunks)
        except BaseException:
            # the chunks made before the error, which CPython's json.dump has written
            yield from chunks
            raise
        yield from chunks

    def _text(self, o, chunks):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _encode(o, self.default, indent, self.key_separator, self.item_separator,
                       self.sort_keys, self.skipkeys, self.ensure_ascii, self.allow_nan,
                       self.check_circular, chunks)
