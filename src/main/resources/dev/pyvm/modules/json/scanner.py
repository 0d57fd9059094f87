"""JSON scanner of pyvm's json: make_scanner(context) gives the scan_once of a decoder.

The scanning itself is _json.scan_once (Java, as CPython's is C). The decoder's settings
(strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant) are read once,
when the scanner is made, as CPython's scanner reads them.
"""

from _json import scan_once as _scan_once

__all__ = ['make_scanner']


def make_scanner(context):
    from json.decoder import JSONDecodeError
    strict = bool(context.strict)
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant

    def scan_once(string, idx):
        return _scan_once(string, idx, strict, object_hook, object_pairs_hook,
                          parse_float, parse_int, parse_constant, JSONDecodeError)

    return scan_once


c_make_scanner = make_scanner
py_make_scanner = make_scanner
