"""Common string constants and classes, as CPython 3.11's string module: the character-class
constants, capwords(), Template ($-substitution) and Formatter (str.format's machinery as a
class to extend).

pyvm's own code, written from the documented behaviour. Template finds its placeholders with a
regular expression (re), as CPython's does, so a subclass may change delimiter, idpattern,
braceidpattern, flags or pattern. Formatter parses format strings by hand, as str.format does
(CPython: the C helpers of _string).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import collections as _collections
import re as _re

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s into words with s.split(sep), capitalizes each and joins them with sep (a
    single space when sep is None or empty)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


# ---- Template ----

_sentinel_dict = {}


class Template:
    """A string with $-placeholders: $$ is a literal $, $identifier and ${identifier} are
    replaced by the mapping's values in substitute() and safe_substitute(). A subclass may
    change delimiter, idpattern, braceidpattern, flags or the whole pattern, a regular
    expression with the groups escaped, named, braced and invalid."""

    delimiter = '$'
    # the ASCII letters only, IGNORECASE notwithstanding: (?a:) with [a-z] (CPython's bpo-31672)
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})    |   # two delimiters
              (?P<named>{ident})      |   # a delimiter and an identifier
              {{(?P<braced>{braced})}} |  # a delimiter and an identifier in braces
              (?P<invalid>)               # any other delimiter
            )
            """
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """The template with every placeholder replaced by str() of its value in mapping (or
        the keyword arguments, which take precedence): KeyError for a missing name,
        ValueError for a delimiter not followed by a placeholder."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _collections.ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """As substitute(), but a missing name or a stray delimiter is left in the result as
        it is instead of raising."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _collections.ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        """Whether the template has no invalid placeholder (substitute() may still raise a
        KeyError)."""
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if mo.group('named') is None and mo.group('braced') is None and mo.group('escaped') is None:
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        """The names of the template's valid placeholders, in the order they first appear."""
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif named is None and mo.group('invalid') is None and mo.group('escaped') is None:
                raise self._unrecognized()
        return ids


# Template's own pattern: __init_subclass__ runs by itself for subclasses only
Template.__init_subclass__()


# ---- Formatter ----

def _decimal_index(text):
    """The int that text spells when it is all decimal digits, else -1 (CPython: get_integer
    of Objects/stringlib/unicode_format.h)."""
    if not text or not text.isdecimal():
        return -1
    return int(text)


def _parse_format(s):
    """Yields (literal_text, field_name, format_spec, conversion) for the format string s, as
    str.format reads it (CPython: _string.formatter_parser)."""
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ''
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        length = i - start
        if c == '}' and markup and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and markup and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if markup:
            if s[i] == c:
                # {{ or }}: a literal brace, no field
                i += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield literal, None, None, None
            continue
        # the field: its name ends at '}', ':' or '!' (not inside [...])
        name_start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and s[i] != ']':
                    i += 1
                continue
            if c == '}' or c == ':' or c == '!':
                break
        else:
            c = ''
        if c != '}' and c != ':' and c != '!':
            raise ValueError("expected '}' before end of string")
        field_name = s[name_start:i - 1]
        conversion = None
        spec = ''
        if c == '!' or c == ':':
            if c == '!':
                if i >= n:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = s[i]
                i += 1
                if i < n:
                    c = s[i]
                    i += 1
                    if c == '}':
                        yield literal, field_name, '', conversion
                        continue
                    if c != ':':
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = i
            depth = 1
            while i < n:
                c = s[i]
                i += 1
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        break
            if depth != 0:
                raise ValueError("unmatched '{' in format spec")
            spec = s[spec_start:i - 1]
        yield literal, field_name, spec, conversion


def _field_rest(s, i):
    """Yields (is_attribute, key) for the .attribute and [key] parts of a field name from
    index i (CPython: the iterator of _string.formatter_field_name_split)."""
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c == '.':
            start = i
            while i < n and s[i] != '.' and s[i] != '[':
                i += 1
            name = s[start:i]
            if not name:
                raise ValueError('Empty attribute in format string')
            yield True, name
        elif c == '[':
            start = i
            while i < n and s[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name = s[start:i]
            i += 1
            if not name:
                raise ValueError('Empty attribute in format string')
            index = _decimal_index(name)
            yield False, (index if index != -1 else name)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _split_field_name(field_name):
    """(first, rest): the field name's first part (an int when it is all digits) and an
    iterator of its (is_attribute, key) parts."""
    if not isinstance(field_name, str):
        raise TypeError(f"expected str, got {type(field_name).__name__}")
    i = 0
    n = len(field_name)
    while i < n and field_name[i] != '.' and field_name[i] != '[':
        i += 1
    first = field_name[:i]
    index = _decimal_index(first)
    return (index if index != -1 else first), _field_rest(field_name, i)


class Formatter:
    """str.format()'s behaviour as overridable methods: format() and vformat() build the
    result; parse(), get_field(), get_value(), check_unused_args(), format_field() and
    convert_field() are the steps a subclass may replace."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # automatic numbering ({}) and manual ({0}) may not be mixed; False means manual
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """An iterable of (literal_text, field_name, format_spec, conversion) tuples; the last
        three are None after literal text that no field follows."""
        if not isinstance(format_string, str):
            raise TypeError(f"expected str, got {type(format_string).__name__}")
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """(obj, used_key): the object the field name designates and the key or index of
        args/kwargs it starts from."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, key in rest:
            if is_attribute:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
