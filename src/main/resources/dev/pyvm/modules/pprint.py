"""Pretty-printing of Python data structures, laid out as CPython 3.11's pprint lays them out: pyvm's own code.

An object whose repr fits in what is left of the line is written as its repr (dicts with sorted
keys); a dict, list, tuple, set, frozenset, str or dataclass instance that does not fit is
broken over several lines, one item per line, each indented under its opening bracket.
"""

import sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Writes the pretty-printed object to stream (sys.stdout by default), with a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed object as a str."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint with the dicts in their own order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr(object), with recursive structures shown as <Recursion on ...>."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of object could be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """A sort key that orders values of types that cannot be compared by their type's name and id."""
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _pair_key(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion(object):
    return f'<Recursion on {type(object).__name__} with id={id(object)}>'


_SCALARS = frozenset({str, bytes, float, bool, type(None)})


class _Text:
    """The stream pformat writes into."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return ''.join(self.parts)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write('\n')

    def pformat(self, object):
        out = _Text()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object: what a subclass overrides to show values its way."""
        return self._safe_repr(object, context, maxlevels, level)

    # ---- layout ----

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._layouts.get(type(object).__repr__)
            if layout is None and self._is_generated_dataclass(object):
                layout = PrettyPrinter._pprint_dataclass
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(rep)

    @staticmethod
    def _is_generated_dataclass(object):
        # only an instance whose repr @dataclass made is laid out field by field
        params = getattr(type(object), '__dataclass_params__', None)
        return (params is not None and not isinstance(object, type) and params.repr
                and getattr(type(object).__repr__, '__dataclass_repr__', False))

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = type(object).__name__
        indent += len(name) + 1
        items = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(')')

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                stream.write('...')
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if i == last else 1, context, level)
            if i != last:
                stream.write(',\n' + ' ' * indent)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = sorted(object.items(), key=_pair_key) if self._sort_dicts else object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        items = list(items)
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            self._format(value, stream, indent + len(rep) + 2, allowance if i == last else 1, context, level)
            if i != last:
                stream.write(',\n' + ' ' * indent)

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write('{')
            close = '}'
        else:
            name = type(object).__name__
            stream.write(name + '({')
            close = '})'
            indent += len(name) + 1
        self._format_items(sorted(object, key=_SafeKey), stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        items = list(items)
        newline = ',\n' + ' ' * indent
        separator = ''
        room = line_width = self._width - indent + 1
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                line_width -= allowance
                room -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if room < needed:
                    room = line_width
                    if separator:
                        separator = newline
                if room >= needed:
                    # another item on this line
                    room -= needed
                    stream.write(separator)
                    separator = ', '
                    stream.write(rep)
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        pieces = []
        lines = object.splitlines(True)
        if level == 1:
            # a str that is the whole object is shown in parentheses
            indent += 1
            allowance += 1
        line_room = room = self._width - indent
        rep = ''
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                line_room -= allowance
            if len(rep) <= line_room:
                pieces.append(rep)
                continue
            words = _words(line)
            piece_room = room
            current = ''
            for j, word in enumerate(words):
                candidate = current + word
                if j == len(words) - 1 and i == len(lines) - 1:
                    piece_room -= allowance
                if len(repr(candidate)) > piece_room:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    _layouts = {
        dict.__repr__: _pprint_dict,
        list.__repr__: _pprint_list,
        tuple.__repr__: _pprint_tuple,
        set.__repr__: _pprint_set,
        frozenset.__repr__: _pprint_set,
        str.__repr__: _pprint_str,
    }

    # ---- one-line reprs ----

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _safe_repr(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _SCALARS:
            return repr(object), True, False
        own_repr = getattr(cls, '__repr__', None)
        if issubclass(cls, int) and own_repr is int.__repr__:
            return (f'{object:_d}' if self._underscore_numbers else repr(object)), True, False
        if issubclass(cls, dict) and own_repr is dict.__repr__:
            if not object:
                return '{}', True, False
            key = id(object)
            if maxlevels and level >= maxlevels:
                return '{...}', False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable, recursive = True, False
            parts = []
            items = sorted(object.items(), key=_pair_key) if self._sort_dicts else object.items()
            for k, v in items:
                krep, kreadable, krecursive = self.format(k, context, maxlevels, level + 1)
                vrep, vreadable, vrecursive = self.format(v, context, maxlevels, level + 1)
                parts.append(f'{krep}: {vrep}')
                readable = readable and kreadable and vreadable
                recursive = recursive or krecursive or vrecursive
            del context[key]
            return '{' + ', '.join(parts) + '}', readable, recursive
        is_list = issubclass(cls, list) and own_repr is list.__repr__
        if is_list or (issubclass(cls, tuple) and own_repr is tuple.__repr__):
            if is_list:
                if not object:
                    return '[]', True, False
                opening, closing = '[', ']'
            elif len(object) == 1:
                opening, closing = '(', ',)'
            else:
                if not object:
                    return '()', True, False
                opening, closing = '(', ')'
            key = id(object)
            if maxlevels and level >= maxlevels:
                return opening + '...' + closing, False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable, recursive = True, False
            parts = []
            for item in object:
                irep, ireadable, irecursive = self.format(item, context, maxlevels, level + 1)
                parts.append(irep)
                readable = readable and ireadable
                recursive = recursive or irecursive
            del context[key]
            return opening + ', '.join(parts) + closing, readable, recursive
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False


def _words(line):
    """The runs of non-whitespace, each with the whitespace after it (re.findall(r'\\S*\\s*') without its last '')."""
    words = []
    i, n = 0, len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        words.append(line[i:j])
        i = j
    return words
