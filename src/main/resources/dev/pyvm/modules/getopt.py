"""Command-line option parsing in the style of C's getopt(), as CPython 3.11's getopt module: pyvm's own code."""

import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    """A bad option: msg says what, opt which option."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """(options, remaining args): options as (option, value) pairs; the first non-option ends them."""
    longopts = _long_list(longopts)
    found = []
    rest = list(args)
    while rest and rest[0].startswith('-') and rest[0] != '-':
        word = rest.pop(0)
        if word == '--':
            break
        if word.startswith('--'):
            rest = _take_long(found, word[2:], longopts, rest)
        else:
            rest = _take_shorts(found, word[1:], shortopts, rest)
    return found, rest


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt that lets options and other arguments mix (unless '+' or POSIXLY_CORRECT says stop at the first)."""
    longopts = _long_list(longopts)
    stop_at_first = shortopts.startswith('+') or bool(os.environ.get('POSIXLY_CORRECT'))
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
    found, operands = [], []
    rest = list(args)
    while rest:
        word = rest[0]
        if word == '--':
            operands.extend(rest[1:])
            break
        if word.startswith('--'):
            rest = _take_long(found, word[2:], longopts, rest[1:])
        elif word.startswith('-') and word != '-':
            rest = _take_shorts(found, word[1:], shortopts, rest[1:])
        elif stop_at_first:
            operands.extend(rest)
            break
        else:
            operands.append(word)
            rest = rest[1:]
    return found, operands


def _take_long(found, text, longopts, rest):
    """Adds the long option of '--text' (name or name=value) to found; the arguments left."""
    name, equals, value = text.partition('=')
    takes_value, name = _long_option(name, longopts)
    if takes_value:
        if not equals:
            if not rest:
                raise GetoptError('option --%s requires argument' % name, name)
            value, rest = rest[0], rest[1:]
    elif equals:
        raise GetoptError('option --%s must not have an argument' % name, name)
    found.append(('--' + name, value))
    return rest


def _long_option(name, longopts):
    """(whether it takes a value, its full name) of the long option that name is, or is a unique prefix of."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    return (True, full[:-1]) if full.endswith('=') else (False, full)


def _take_shorts(found, letters, shortopts, rest):
    """Adds the short options of '-letters' to found (one that takes a value takes the rest); the arguments left."""
    while letters:
        letter, letters = letters[0], letters[1:]
        if _short_takes_value(letter, shortopts):
            if not letters:
                if not rest:
                    raise GetoptError('option -%s requires argument' % letter, letter)
                letters, rest = rest[0], rest[1:]
            found.append(('-' + letter, letters))
            letters = ''
        else:
            found.append(('-' + letter, ''))
    return rest


def _short_takes_value(letter, shortopts):
    if letter != ':':
        at = shortopts.find(letter)
        if at >= 0:
            return shortopts[at + 1:at + 2] == ':'
    raise GetoptError('option -%s not recognized' % letter, letter)
