"""Warnings as CPython 3.11's warnings module issues and filters them: pyvm's own code.

A warning goes through the filters (the -W options and PYTHONWARNINGS first, then CPython's
default filters); the action of the first that matches decides: "error" raises it, "ignore" drops
it, "always" shows it, "default" shows it once per location, "module" once per module, "once"
once in all. Shown warnings go to sys.stderr as 'file:line: Category: message' and the line.
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

filters = []
defaultaction = 'default'
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class WarningMessage:
    """One warning as catch_warnings(record=True) keeps it."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f'{{message : {self.message!r}, category : {self._category_name!r}, filename : {self.filename!r}, '
                f'lineno : {self.lineno}, line : {self.line!r}}}')


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: 'file:line: Category: message', then the source line."""
    return _formatwarnmsg(WarningMessage(message, category, filename, lineno, None, line))


def _formatwarnmsg(msg):
    category = msg.category.__name__
    s = f'{msg.filename}:{msg.lineno}: {category}: {msg.message}\n'
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        s += '  %s\n' % line.strip()
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _showwarnmsg(msg):
    # a showwarning replaced by the program is called as such
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Adds a filter: action for the warnings whose text, category, module and line match."""
    if action not in _ACTIONS:
        raise AssertionError(f'invalid action: {action!r}')
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    message = _compile(message, True) if message else None
    module = _compile(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


_REGEX_SPECIALS = frozenset('.^$*+?{}[]\\|()')


class _LiteralPattern:
    """A pattern without regular-expression syntax, matched at the start as re would match it."""

    def __init__(self, text, ignore_case, whole):
        self.pattern = text
        self._text = text.lower() if ignore_case else text
        self._ignore_case = ignore_case
        self._whole = whole

    def match(self, s):
        if self._ignore_case:
            s = s.lower()
        if self._whole:
            return self if s == self._text else None
        return self if s.startswith(self._text) else None

    def __eq__(self, other):
        return isinstance(other, _LiteralPattern) and (self.pattern, self._ignore_case, self._whole) == (
            other.pattern, other._ignore_case, other._whole)

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        return f're.compile({self.pattern!r})'


def _compile(pattern, ignore_case, literal=False, whole=False):
    """A regular expression (re's, once pyvm has it), or literal text when pattern is."""
    try:
        import re
    except ImportError:
        if not literal and any(c in _REGEX_SPECIALS for c in pattern):
            raise NotImplementedError(f'warnings: the pattern {pattern!r} is a regular expression, '
                                      'and pyvm has no re module yet') from None
        return _LiteralPattern(pattern, ignore_case, whole)
    if literal:
        pattern = re.escape(pattern)
    if whole:
        pattern += r'\Z'
    return re.compile(pattern, re.I) if ignore_case else re.compile(pattern)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter of action for a category (every message and module)."""
    if action not in _ACTIONS:
        raise AssertionError(f'invalid action: {action!r}')
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Removes every filter (the defaults too)."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    pass


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print('Invalid -W option ignored:', msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError(f'too many fields (max 5): {arg!r}')
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError(f'invalid lineno {lineno!r}') from None
    else:
        lineno = 0
    # the message and module of an option are literal text, the module the whole name
    _add_filter(action, _compile(message, True, literal=True) if message else None, category,
                _compile(module, False, literal=True, whole=True) if module else None, lineno, append=False)


def _getaction(action):
    if not action:
        return 'default'
    if action == 'all':
        return 'always'
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError(f'invalid action: {action!r}')


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins
        cat = getattr(builtins, category, None)
        if cat is None:
            raise _OptionError(f'unknown warning category: {category!r}')
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError(f'invalid module name: {module!r}') from None
        try:
            cat = getattr(m, klass)
        except AttributeError:
            raise _OptionError(f'unknown warning category: {category!r}') from None
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError(f'invalid warning category: {category!r}')
    return cat


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text  # a default filter's plain text matches exactly
    return pattern.match(text) is not None


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning: category (UserWarning by default), at the code stacklevel calls up."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals_ = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_.get('__name__', '<string>')
    registry = globals_.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Issues a warning at the given place, through the filters and the registry of shown ones."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError(f'Unrecognized action ({action!r}) in warnings.filters:\n {item}')
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on exit; with record=True,
    the warnings are kept in the list __enter__ returns instead of shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append(f'module={self._module!r}')
        name = type(self).__name__
        return f"{name}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f'Cannot enter {self!r} twice')
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module.showwarning = lambda *args, **kwds: log.append(WarningMessage(*args, **kwds))
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f'Cannot exit {self!r} without entering first')
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning


# CPython 3.11's default filters (a release build), under the -W options and PYTHONWARNINGS
filters.extend([
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
])
_processoptions(sys.warnoptions)
