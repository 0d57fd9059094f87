"""Reading and writing CSV files, as CPython 3.11's csv module does: pyvm's own code.

The reader is the state machine of CPython's _csv.c, a character at a time; the writer quotes a
field as the dialect's quoting asks. Sniffer is not in pyvm yet (it is refused by name).
"""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect', 'excel',
           'excel_tab', 'unix_dialect', 'field_size_limit', 'reader', 'writer', 'register_dialect', 'get_dialect',
           'list_dialects', 'unregister_dialect', 'DictReader', 'DictWriter', 'Sniffer', '__version__']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


def field_size_limit(*args):
    """The largest field the reader accepts; with an argument, sets a new one and returns the old."""
    global _field_limit
    if len(args) > 1:
        raise TypeError(f'field_size_limit() takes at most 1 argument ({len(args)} given)')
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


def _char_option(name, value, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError(f'"{name}" must be a 1-character string')
    if not isinstance(value, str):
        if allow_none:
            raise TypeError(f'"{name}" must be string or None, not {type(value).__name__}')
        raise TypeError(f'"{name}" must be string, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class _DialectParams:
    """A dialect's parameters, checked as CPython's dialect_new checks them."""

    def __init__(self, dialect=None, **kwargs):
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            base = {name: getattr(dialect, name) for name in _PARAMS if hasattr(dialect, name)}
        else:
            base = {}
        for key in kwargs:
            if key not in _PARAMS:
                raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        base.update(kwargs)
        self.delimiter = _char_option('delimiter', base.get('delimiter', ','), False)
        self.doublequote = bool(base.get('doublequote', True))
        self.escapechar = _char_option('escapechar', base.get('escapechar'), True)
        lineterminator = base.get('lineterminator', '\r\n')
        if not isinstance(lineterminator, str):
            raise TypeError(f'"lineterminator" must be a string, not {type(lineterminator).__name__}')
        self.lineterminator = lineterminator
        quoting = base.get('quoting', QUOTE_MINIMAL)
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        quotechar = base.get('quotechar', '"')
        if quotechar is None and 'quoting' not in kwargs:
            quoting = self.quoting = QUOTE_NONE  # no quote character: no quoting
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        self.quotechar = _char_option('quotechar', quotechar, True)
        self.skipinitialspace = bool(base.get('skipinitialspace', False))
        self.strict = bool(base.get('strict', False))


_PARAMS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
           'skipinitialspace', 'strict')


class Dialect:
    """The parameters of a CSV format; subclass it and set them as class attributes."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _DialectParams(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Excel's CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The files of Unix tools: every field quoted, '\\n' at the end of lines."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **kwargs):
    """Registers a dialect (a Dialect, or parameters) under name."""
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    params = _DialectParams(dialect, **kwargs)
    _dialects[name] = _make_dialect(params)


def _make_dialect(params):
    d = Dialect.__new__(Dialect)
    for name in _PARAMS:
        object.__setattr__(d, name, getattr(params, name))
    return d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)

# the reader's states (CPython's _csv.c ParserState)
(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)


class _Reader:
    """reader(): the rows of an iterable of lines, each a list of str fields."""

    def __init__(self, lines, dialect='excel', **kwargs):
        self._lines = iter(lines)
        self.dialect = _make_dialect(_DialectParams(dialect, **kwargs))
        self._d = _DialectParams(dialect, **kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = START_RECORD
        self._numeric = False

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error(f'field larger than field limit ({_field_limit})')
        self._field.append(c)

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if len(self._field) != 0 or self._state == IN_QUOTED_FIELD:
                    if self._d.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(None)  # the end of the line
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _process(self, c):
        d = self._d
        state = self._state
        if state == START_RECORD:
            if c is None:
                return  # an empty line: no row
            if c == '\n' or c == '\r':
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            if c in ('\n', '\r', None):
                self._save_field()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c in ('\n', '\r'):
                self._add_char(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            if c is None:
                c = '\n'
            self._add_char(c)
            self._state = IN_FIELD
        elif state == AFTER_ESCAPED_CRNL:
            if c is None:
                return
            self._state = IN_FIELD
            self._process(c)
        elif state == IN_FIELD:
            if c in ('\n', '\r', None):
                self._save_field()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            else:
                self._add_char(c)
        elif state == IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self._state = QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = IN_FIELD
            else:
                self._add_char(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            if c is None:
                c = '\n'
            self._add_char(c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)  # a doubled quote
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            elif c in ('\n', '\r', None):
                self._save_field()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
        elif state == EAT_CRNL:
            if c in ('\n', '\r'):
                pass
            elif c is None:
                self._state = START_RECORD
            else:
                raise Error('new-line character seen in unquoted field - do you need to open the file in '
                            'universal-newline mode?')


def reader(csvfile, dialect='excel', **fmtparams):
    """An iterator over the rows of csvfile (any iterable of lines), each a list of fields."""
    return _Reader(csvfile, dialect, **fmtparams)


class _Writer:
    """writer(): writes rows to a file as lines of delimited fields."""

    def __init__(self, fileobj, dialect='excel', **kwargs):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self._d = _DialectParams(dialect, **kwargs)
        self.dialect = _make_dialect(self._d)

    def _quote(self, field, quoted, alone):
        d = self._d
        out = []
        need_quotes = quoted
        for c in field:
            want_escape = False
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        need_quotes = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        if not field and alone:
            # a row of one empty field must not be read back as an empty row
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            need_quotes = True
        if need_quotes:
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """Writes one row (an iterable of fields); returns what the file's write returned."""
        d = self._d
        try:
            fields = list(row)
        except TypeError:
            raise Error(f'iterable expected, not {type(row).__name__}') from None
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float))
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._quote(text, quoted, len(fields) == 1))
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        """Writes each row of rows."""
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    """A writer of rows to csvfile (anything with a write method)."""
    return _Writer(csvfile, dialect, **fmtparams)


class DictReader:
    """The rows of a CSV file as dicts keyed by the header row (or by fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as CSV rows, their values in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """pyvm has no Sniffer yet (CPython's guesses formats with regular expressions): refused by name."""

    def __init__(self):
        raise NotImplementedError('csv.Sniffer is not in pyvm yet')
