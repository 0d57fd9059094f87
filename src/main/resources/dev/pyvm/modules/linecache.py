"""The lines of source files, read once and kept (what tracebacks show): pyvm's own code."""

__all__ = ['getline', 'getlines', 'clearcache', 'checkcache', 'updatecache', 'lazycache']

cache = {}


def getline(filename, lineno, module_globals=None):
    """Line lineno (from 1) of the file, with its newline; '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """The lines of the file, each with its newline; [] when it cannot be read."""
    if filename in cache:
        return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def clearcache():
    """Forgets every file."""
    cache.clear()


def checkcache(filename=None):
    """Forgets the files that changed since they were read (pyvm: all that are not pseudo-files)."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is not None and entry[1] is not None:
            import os
            try:
                mtime = os.stat(name).st_mtime
            except OSError:
                cache.pop(name, None)
                continue
            if mtime != entry[1]:
                cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Reads the file again; its lines, or [] (a name in <angle brackets> is no file)."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8', errors='replace') as f:
            lines = f.readlines()
    except (OSError, UnicodeError, ValueError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    try:
        import os
        mtime = os.stat(filename).st_mtime
    except (OSError, AttributeError, ImportError):
        mtime = None
    cache[filename] = (len(lines), mtime, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """pyvm reads files when asked for them: nothing to register."""
    return False
