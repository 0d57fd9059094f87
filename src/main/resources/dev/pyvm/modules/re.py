"""Regular expressions, as CPython 3.11's re module: compile, match, fullmatch, search, findall,
finditer, sub, subn, split, escape, purge, the flags, error, and the Pattern and Match types.

pyvm's own code. The engine is pyvm's, in Java (the built-in module _re: a parser with
CPython's error messages, a compiler and a backtracking matcher on an explicit stack); this
module holds what CPython writes in Python (Lib/re/__init__.py, the replacement templates of
Lib/re/_parser.py) and the Pattern and Match types (C in CPython: Modules/_sre.c).
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807
try:
    _BUFFERS = (bytearray, memoryview)
except NameError:  # pyvm has neither yet
    _BUFFERS = ()
MAXREPEAT = 4294967295
MAXGROUPS = 1073741823


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


# ---- flags ----

_FLAG_NAMES = ((1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII'))


# the order of RegexFlag's members, in which their names are joined
_FLAG_ORDER = ((256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (64, 'VERBOSE'), (1, 'TEMPLATE'), (128, 'DEBUG'))


class RegexFlag(int):
    """The flags of re, as ints: re.I | re.M is a RegexFlag too, shown as re.IGNORECASE|re.MULTILINE."""

    __module__ = 're'

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return 'NOFLAG'
        names = [n for b, n in _FLAG_ORDER if v & b]
        return '|'.join(names) if names else None

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        names = ['re.' + n for b, n in _FLAG_ORDER if v & b]
        if v < 0 or not names:
            return 're.RegexFlag(%d)' % v
        if v & ~511:
            names.append(hex(v & ~511))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return int.__format__(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)
for _name, _value in (('NOFLAG', NOFLAG), ('ASCII', ASCII), ('A', A), ('IGNORECASE', I), ('I', I),
                      ('LOCALE', L), ('L', L), ('UNICODE', U), ('U', U), ('MULTILINE', M), ('M', M),
                      ('DOTALL', S), ('S', S), ('VERBOSE', X), ('X', X), ('TEMPLATE', T), ('T', T),
                      ('DEBUG', DEBUG)):
    setattr(RegexFlag, _name, _value)
del _name, _value


# ---- the types ----

def _warn(message, future):
    """A warning of the parser, shown at the caller of re's function (or of Pattern's methods)."""
    import warnings
    warnings.warn(message, FutureWarning if future else DeprecationWarning, stacklevel=5)


def _check_string(pattern, string):
    """The subject as _re takes it (str or bytes), or TypeError as CPython's getstring() gives it."""
    if isinstance(pattern, str):
        if isinstance(string, str):
            return string
        if isinstance(string, (bytes,) + _BUFFERS):
            raise TypeError('cannot use a string pattern on a bytes-like object')
    else:
        if isinstance(string, bytes):
            return string
        if isinstance(string, _BUFFERS):
            return bytes(string)
        if isinstance(string, str):
            raise TypeError('cannot use a bytes pattern on a string-like object')
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


def _index(x):
    """x as an int for a position or count (CPython: PyNumber_AsSsize_t)."""
    if isinstance(x, int):
        return int(x)
    try:
        index = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__) from None
    return index(x)


def _bounds(string, pos, endpos):
    n = len(string)
    pos = _index(pos)
    endpos = _index(endpos)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    """Compiled regular expression object."""

    __module__ = 're'

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def _init(self, pattern, flags):
        prog, groups, groupindex, flags = _re.compile(pattern, flags, error, _warn)
        self._prog = prog
        self._pattern = pattern
        self._flags = flags
        self._groups = groups
        self._groupindex = groupindex

    @property
    def pattern(self):
        """The pattern string from which the RE object was compiled."""
        return self._pattern

    @property
    def flags(self):
        """The regex matching flags."""
        return self._flags

    @property
    def groups(self):
        """The number of capturing groups in the pattern."""
        return self._groups

    @property
    def groupindex(self):
        """A dictionary mapping group names to group numbers."""
        return dict(self._groupindex)

    def _run(self, string, pos, endpos, mode):
        s = _check_string(self._pattern, string)
        pos, endpos = _bounds(s, pos, endpos)
        r = _re.match(self._prog, s, pos, endpos, mode)
        if r is None:
            return None
        return _match(self, string, s, pos, endpos, r)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding match object instance.

        Return None if no position in the string matches."""
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, count):
        s = _check_string(self._pattern, string)
        pos, endpos = _bounds(s, pos, endpos)
        return s, pos, endpos, _re.scan(self._prog, s, pos, endpos, count)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        s = _check_string(self._pattern, string)
        pos, endpos = _bounds(s, pos, endpos)
        if type(s) is str or type(s) is bytes:
            return _re.findall(self._prog, s, pos, endpos)
        found = _re.scan(self._prog, s, pos, endpos, 0)
        groups = self._groups
        result = []
        empty = s[:0]
        for r in found:
            if groups == 0:
                result.append(s[r[1]:r[2]])
            elif groups == 1:
                b = r[3]
                result.append(empty if b < 0 else s[b:r[4]])
            else:
                items = []
                for g in range(1, groups + 1):
                    b = r[2 * g + 1]
                    items.append(empty if b < 0 else s[b:r[2 * g + 2]])
                result.append(tuple(items))
        return result

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the RE pattern in string.

        For each match, the iterator returns a match object."""
        s, pos, endpos, found = self._scan(string, pos, endpos, 0)
        return iter([_match(self, string, s, pos, endpos, r) for r in found])

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        maxsplit = _index(maxsplit)
        if maxsplit < 0:
            return [string]
        s, pos, endpos, found = self._scan(string, 0, _MAXSIZE, maxsplit)
        result = []
        last = 0
        groups = self._groups
        for r in found:
            result.append(s[last:r[1]])
            for g in range(1, groups + 1):
                b = r[2 * g + 1]
                result.append(None if b < 0 else s[b:r[2 * g + 2]])
            last = r[2]
        result.append(s[last:endpos])
        return result

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."""
        return self._subn(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subn(repl, string, count)

    def _subn(self, repl, string, count):
        count = _index(count)
        if callable(repl):
            filter = repl
            literal = None
        else:
            if isinstance(repl, (str, bytes)) and ('\\' if isinstance(repl, str) else b'\\') in repl:
                template = _compile_template(self, repl)
                filter = lambda m: _expand_template(template, m)
                literal = None
            else:
                filter = None
                literal = repl
        if count < 0:
            s = _check_string(self._pattern, string)
            return s[:0].join([s]), 0
        if filter is None and (type(literal) is str or type(literal) is bytes):
            s = _check_string(self._pattern, string)
            if type(s) is type(literal):
                return _re.sub(self._prog, s, literal, count)
        s, pos, endpos, found = self._scan(string, 0, _MAXSIZE, count)
        pieces = []
        i = 0
        for r in found:
            b = r[1]
            if i < b:
                pieces.append(s[i:b])
            if filter is None:
                if literal:
                    pieces.append(literal)
            else:
                item = filter(_match(self, string, s, pos, endpos, r))
                if item is not None:
                    pieces.append(item)
            i = r[2]
        if i < endpos:
            pieces.append(s[i:endpos])
        return s[:0].join(pieces), len(found)

    def __repr__(self):
        flags = self._flags
        if isinstance(self._pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        r = repr(self._pattern)[:200]
        if not flags:
            return 're.compile(%s)' % r
        names = ['re.' + n for b, n in _FLAG_NAMES if flags & b]
        if flags & ~511:
            names.append('0x%x' % (flags & ~511))
        return 're.compile(%s, %s)' % (r, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and type(self._pattern) is type(other._pattern)
                and self._pattern == other._pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


class Match:
    """The result of re.match() and re.search(). Match objects always have a boolean value of True."""

    __module__ = 're'

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _init(self, pattern, string, subject, pos, endpos, r):
        self._re = pattern
        self._string = string
        self._subject = subject
        self._pos = pos
        self._endpos = endpos
        self._r = r

    @property
    def re(self):
        """The regular expression object."""
        return self._re

    @property
    def string(self):
        """The string passed to match() or search()."""
        return self._string

    @property
    def pos(self):
        """The index into the string at which the RE engine started looking for a match."""
        return self._pos

    @property
    def endpos(self):
        """The index into the string beyond which the RE engine will not go."""
        return self._endpos

    @property
    def lastindex(self):
        """The integer index of the last matched capturing group."""
        i = self._r[0]
        return None if i < 0 else i

    @property
    def lastgroup(self):
        """The name of the last matched capturing group."""
        i = self._r[0]
        if i < 0:
            return None
        for name, index in self._re._groupindex.items():
            if index == i:
                return name
        return None

    @property
    def regs(self):
        r = self._r
        return tuple([(r[2 * g + 1], r[2 * g + 2]) for g in range(self._re._groups + 1)])

    def _index(self, g):
        if isinstance(g, int) or hasattr(type(g), '__index__'):
            try:
                i = g.__index__()
            except (TypeError, AttributeError):
                raise IndexError('no such group')
            if 0 <= i <= self._re._groups:
                return i
            raise IndexError('no such group')
        try:
            i = self._re._groupindex[g]
        except (KeyError, TypeError):
            raise IndexError('no such group')
        return i

    def _get(self, g, default=None):
        i = self._index(g)
        b = self._r[2 * i + 1]
        if b < 0:
            return default
        return self._subject[b:self._r[2 * i + 2]]

    def group(self, *args):
        """group([group1, ...]) -> str or tuple.
        Return subgroup(s) of the match by indices or names.
        For 0 returns the entire match."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple([self._get(g) for g in args])

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1."""
        return tuple([self._get(g, default) for g in range(1, self._re._groups + 1)])

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."""
        return {name: self._get(index, default) for name, index in self._re._groupindex.items()}

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        return self._r[2 * self._index(group) + 1]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        return self._r[2 * self._index(group) + 2]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        i = self._index(group)
        return self._r[2 * i + 1], self._r[2 * i + 2]

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."""
        return _expand_template(_compile_template(self._re, template), self)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (self._r[1], self._r[2], repr(self._get(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


def _match(pattern, string, subject, pos, endpos, r):
    m = object.__new__(Match)
    m._init(pattern, string, subject, pos, endpos, r)
    return m


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._s = _check_string(pattern._pattern, string)
        self._pos, self._endpos = _bounds(self._s, pos, endpos)
        self._done = False
        self._advance = False

    def _next(self, mode):
        # CPython's scanner: the next search starts where the last match ended, and may not
        # match the empty string there when the last match was empty (must_advance)
        if self._done:
            return None
        r = _re.match(self.pattern._prog, self._s, self._pos, self._endpos, mode | (4 if self._advance else 0))
        if r is None:
            self._done = True
            return None
        m = _match(self.pattern, self._string, self._s, self._pos, self._endpos, r)
        self._advance = r[2] == r[1]
        self._pos = r[2]
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


# ---- replacement templates (CPython: Lib/re/_parser.py parse_template, expand_template) ----

_OCTDIGITS = '01234567'
_DIGITS = '0123456789'
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_ESCAPES = {'\\a': '\a', '\\b': '\b', '\\f': '\f', '\\n': '\n', '\\r': '\r', '\\t': '\t', '\\v': '\v',
            '\\\\': '\\'}


class _Tokenizer:
    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        if not self.istext:
            string = str(string, 'latin1')
        self.decoded_string = string
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= len(self.decoded_string):
            self.next = None
            return
        char = self.decoded_string[index]
        if char == '\\':
            index += 1
            if index >= len(self.decoded_string):
                raise error('bad escape (end of pattern)', self.string, len(self.string) - 1)
            char += self.decoded_string[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error('missing ' + name)
                raise self.error('missing %s, unterminated name' % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error('missing ' + name, 1)
                break
            result += c
        return result

    def tell(self):
        return self.index - len(self.next or '')

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.string, self.tell() - offset)


def _parse_template(source, pattern):
    s = _Tokenizer(source)
    sget = s.get
    groups = []
    literals = []
    literal = []
    lappend = literal.append
    ngroups = pattern._groups + 1

    def addgroup(index, pos):
        if index > ngroups - 1:
            raise s.error('invalid group reference %d' % index, pos)
        if literal:
            literals.append(''.join(literal))
            del literal[:]
        groups.append((len(literals), index))
        literals.append(None)

    groupindex = pattern._groupindex
    while True:
        this = sget()
        if this is None:
            break
        if this[0] == '\\':
            c = this[1]
            if c == 'g':
                if not s.match('<'):
                    raise s.error('missing <')
                name = s.getuntil('>', 'group name')
                if name.isidentifier():
                    try:
                        index = groupindex[name]
                    except KeyError:
                        raise IndexError('unknown group name %r' % name) from None
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error('bad character in group name %r' % name, len(name) + 1) from None
                    if index >= MAXGROUPS:
                        raise s.error('invalid group reference %d' % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == '0':
                if s.next is not None and s.next in _OCTDIGITS:
                    this += sget()
                    if s.next is not None and s.next in _OCTDIGITS:
                        this += sget()
                lappend(chr(int(this[1:], 8) & 0xff))
            elif c in _DIGITS:
                isoctal = False
                if s.next is not None and s.next in _DIGITS:
                    this += sget()
                    if (c in _OCTDIGITS and this[2] in _OCTDIGITS and
                            s.next is not None and s.next in _OCTDIGITS):
                        this += sget()
                        isoctal = True
                        c = int(this[1:], 8)
                        if c > 0o377:
                            raise s.error('octal escape value %s outside of range 0-0o377' % this, len(this))
                        lappend(chr(c))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                if this in _ESCAPES:
                    this = _ESCAPES[this]
                elif c in _ASCIILETTERS:
                    raise s.error('bad escape %s' % this, len(this))
                lappend(this)
        else:
            lappend(this)
    if literal:
        literals.append(''.join(literal))
    if not isinstance(source, str):
        literals = [None if x is None else x.encode('latin-1') for x in literals]
    return groups, literals


def _compile_template(pattern, repl):
    if isinstance(pattern._pattern, str):
        if not isinstance(repl, str):
            raise TypeError('expected str instance, %s found' % type(repl).__name__)
    elif not isinstance(repl, bytes):
        if isinstance(repl, _BUFFERS):
            repl = bytes(repl)
        else:
            raise TypeError('expected a bytes-like object, %s found' % type(repl).__name__)
    key = (type(repl), repl, pattern)
    t = _template_cache.get(key)
    if t is None:
        t = _parse_template(repl, pattern)
        if len(_template_cache) >= _MAXCACHE:
            _template_cache.clear()
        _template_cache[key] = t
    return t


def _expand_template(template, match):
    g = match.group
    empty = match.string[:0]
    groups, literals = template
    literals = literals[:]
    try:
        for index, group in groups:
            literals[index] = g(group) or empty
    except IndexError:
        raise error('invalid group reference %d' % index) from None
    return empty.join(literals)


# ---- the module's functions ----

_cache = {}
_template_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if flags & T:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated "
                      "as it is an undocumented flag "
                      "without an obvious purpose. "
                      "Don't use it.",
                      DeprecationWarning)
    p = object.__new__(Pattern)
    p._init(pattern, flags)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # warn just once
        return _compile(pattern, flags | T)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')
