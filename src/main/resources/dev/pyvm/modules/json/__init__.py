"""JSON (RFC 7159) encoding and decoding: pyvm's json package.

dumps/dump turn Python values into JSON text, loads/load turn JSON text into Python values;
JSONEncoder and JSONDecoder are the classes behind them, JSONDecodeError the error of bad
text. The scanner and the encoder are pyvm's Java module _json, as CPython's are C; the
interface is that of CPython 3.11's json.
"""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'pyvm'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder(
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Writes the JSON text of obj to fp (anything with a write(str) method), in pieces.

    The arguments are those of dumps.
    """
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                       separators=separators, default=default, sort_keys=sort_keys,
                       **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """The JSON text of obj, a str.

    skipkeys: leave out dict keys that are not str, int, float, bool or None (else TypeError).
    ensure_ascii: escape every non-ASCII character (else they are written as they are).
    check_circular: ValueError for a list or dict that contains itself (else RecursionError).
    allow_nan: write NaN, Infinity and -Infinity (else ValueError: JSON has none of them).
    indent: a number of spaces or a str to indent each level with, one item a line (None: all
    on one line). separators: (item_separator, key_separator), (', ', ': ') by default and
    (',', ': ') with an indent. default: called with each value of no JSON type, returns an
    encodable value or raises TypeError. sort_keys: objects in key order. cls: a JSONEncoder
    subclass to use, given the other arguments and **kw.
    """
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


try:
    _BYTES = (bytes, bytearray)
except NameError:  # pyvm has no bytearray
    _BYTES = (bytes,)

_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)


def detect_encoding(b):
    """The encoding of JSON bytes b: a BOM's, else UTF-32 or UTF-16 (either byte order) by
    where the first bytes are zero (JSON text starts with an ASCII character), else UTF-8."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    n = len(b)
    if n >= 4:
        if b[0] == 0:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if b[1] == 0:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif n == 2:
        if b[0] == 0:
            return 'utf-16-be'
        if b[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document read from fp (anything with a read() method).

    The arguments are those of loads.
    """
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document s (a str, or bytes in UTF-8, -16 or -32).

    object_hook: called with each decoded dict, its result used instead. object_pairs_hook:
    called with each object's list of (key, value) pairs instead (it wins over object_hook).
    parse_float, parse_int: called with the text of each float and int number (float and int
    by default). parse_constant: called with 'NaN', 'Infinity' or '-Infinity'. strict (in kw):
    False allows control characters inside strings. cls: a JSONDecoder subclass to use.
    """
    if isinstance(s, str):
        if s[:1] == '\ufeff':
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, _BYTES):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        encoding = detect_encoding(s)
        if encoding == 'utf-8-sig':
            # utf-8 after the BOM (utf-8-sig's decoding)
            s = s[3:]
            encoding = 'utf-8'
        s = s.decode(encoding, 'surrogatepass')

    if (cls is None and object_hook is None and parse_int is None and
            parse_float is None and parse_constant is None and
            object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
