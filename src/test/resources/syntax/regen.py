"""Regenerates the syntax error catalogue: writes each case below as NAME.py, runs it with
python3 (CPython 3.11), and stores what CPython prints to stderr as NAME.err, with the
file's absolute path replaced by its name. Run from anywhere: python3 regen.py
Every case must fail to compile; a case that compiles is an error in this script."""
import os
import subprocess
import sys

CASES = {
    # tokenizer
    "never_closed_paren": "a = 1\nb = 2\nx = (1,\n",
    "never_closed_bracket_multiline": "x = [1, 2,\n  3\n",
    "never_closed_before_later_error": "(\nx = = 1\n",
    "unmatched_close": "x = 1)\n",
    "mismatched_close": "x = [1, 2)\n",
    "mismatched_close_other_line": "x = (1,\n 2]\n",
    "unterminated_string": "x = 'abc\n",
    "unterminated_string_later": "x = = 1\ny = \"abc\n",
    "unterminated_triple": 'x = """abc\nde\n',
    "unterminated_fstring_prefix": "x = f'abc\n",
    "invalid_character": "x = \u20ac\n",
    "non_printable_character": "x = \u00a0\n",
    "invalid_decimal": "x = 1abc\n",
    "invalid_decimal_underscore": "x = 1_\n",
    "invalid_decimal_double_underscore": "x = 1__0\n",
    "invalid_exponent": "x = 1.e\n",
    "invalid_hex": "y = 0x\n",
    "invalid_binary_digit": "x = 0b102\n",
    "invalid_octal_digit": "x = 0o8\n",
    "leading_zeros": "x = 012\n",
    "too_many_nested_parens": "x = " + "[" * 300 + "]" * 300 + "\n",
    "line_continuation_char": "x = 1 \\ 2\n",
    "line_continuation_char_line2": "x = 1\ny = 2 \\ 2\n",
    "eof_after_continuation": "x = 1 +\\",
    "null_byte": "x = 1\ny = 2\nz = 3\x00\n",
    # indentation
    "unexpected_indent": "x = 1\n    y = 2\n",
    "unexpected_indent_tab": "x = 1\n  \n\ty = 2\n",
    "unindent_mismatch": "x = 1\nif x:\n    y\n  z\n",
    "unindent_mismatch_else": "if x:\n    pass\n  else:\n    pass\n",
    "unindent_hidden_by_earlier_error": "x = = 1\nif x:\n    y\n  z\n",
    "tab_error": "if x:\n\ty\n        z\n",
    "expected_block_if": "if x:\npass\n",
    "expected_block_if_eof": "if True:\n",
    "expected_block_def_eof": "def f():\n",
    "expected_block_for": "for x in y:\nx\n",
    "expected_block_while_later_line": "x = 1\nwhile x:\n\nx = 2\n",
    "expected_block_class": "class A:\nx = 1\n",
    "expected_block_else": "if x:\n    pass\nelse:\npass\n",
    "expected_block_try": "try:\nx\n",
    "expected_block_except": "try:\n    x\nexcept E:\nx\n",
    "expected_block_with": "with a:\nx\n",
    # parser
    "invalid_syntax_two_names": "a b\n",
    "invalid_syntax_two_numbers": "x = 1 2\n",
    "invalid_syntax_dollar": "x = 1 $ 2\n",
    "invalid_syntax_walrus_statement": "x := 1\n",
    "invalid_syntax_empty_subscript": "a[]\n",
    "invalid_syntax_eol": "x = 1 +\n",
    "invalid_syntax_star_call": "f(*)\n",
    "invalid_syntax_else": "else: pass\n",
    "invalid_syntax_def_paren": "def f(:\n    pass\n",
    "invalid_syntax_dot_number": "x.1\n",
    "invalid_syntax_lambda_yield": "x = lambda: yield\n",
    "forgot_comma_call": "f(a b)\n",
    "forgot_comma_list": "[1 2]\n",
    "forgot_comma_unicode": "\u00e9 = (1 2)\n",
    "forgot_comma_expressions": "x = (a + 1 b * 2)\n",
    "expected_colon_if": "if x\n    pass\n",
    "expected_colon_while": "while x\n    pass\n",
    "expected_colon_def": "def f() pass\n",
    "expected_colon_class": "class A\n    pass\n",
    "expected_else": "x = 5 if 3\n",
    "try_without_except": "try: pass\n",
    "print_statement": "print \"hello\"\n",
    "print_statement_name": "print x\n",
    "exec_statement": "exec \"x\"\n",
    "trailing_comma_import": "from . import a, b,\n",
    "kwarg_expression": "f(a.b=1)\n",
    "kwarg_expression_sum": "f(a+1=1)\n",
    "if_assign": "if x = 1: pass\n",
    # targets
    "assign_call": "f() = 1\n",
    "assign_literal": "1 = x\n",
    "assign_expression": "a + 1 = 2\n",
    "assign_tuple_call": "(a, f()) = 1\n",
    "assign_list_literal": "[a, 1] = x\n",
    "assign_chain_call": "x = f() = 1\n",
    "assign_genexp": "(a for a in b) = 1\n",
    "assign_none": "None = 1\n",
    "assign_true": "True = 1\n",
    "assign_ifexp": "a if b else c = 1\n",
    "assign_lambda": "lambda: 1 = 1\n",
    "assign_yield": "yield = 1\n",
    "assign_chain_yield": "x = yield = 1\n",
    "assign_comparison": "a < b = 1\n",
    "assign_not": "not a = 1\n",
    "assign_negative": "-a = 1\n",
    "assign_and": "a and b = 1\n",
    "assign_listcomp": "[x for x in y] = 1\n",
    "assign_string": "\"a\" = 1\n",
    "assign_fstring": "f\"{a}\" = 1\n",
    "assign_dict": "{a: 1} = 2\n",
    "assign_set": "{a} = 1\n",
    "assign_ellipsis": "... = 1\n",
    "del_call": "del f()\n",
    "del_literal": "del 1\n",
    "del_tuple_literal": "del (a, 1)\n",
    "del_expression": "del a + b\n",
    "del_starred": "del *a\n",
    "del_tuple_starred": "del (a, *b)\n",
    "for_call": "for f() in x: pass\n",
    "for_literal": "for 1 in x: pass\n",
    "with_call": "with a as f(): pass\n",
    "augassign_call": "f() += 1\n",
    "augassign_tuple": "(a, b) += 1\n",
    "augassign_list": "[a] += 1\n",
    "annotate_tuple": "a, b: int\n",
    "annotate_call": "f(): int\n",
    "annotate_list": "[a]: int\n",
    # arguments and parameters
    "positional_after_kwarg_unpacking": "f(**a, b)\n",
    "positional_after_keyword": "f(a=1, b)\n",
    "keyword_repeated": "f(a=1, a=2)\n",
    "genexp_first_not_parenthesized": "f(x for x in y, 1)\n",
    "genexp_last_not_parenthesized": "f(1, x for x in y)\n",
    "class_genexp": "class A(x for x in y): pass\n",
    "non_default_after_default": "def f(a=1, b): pass\n",
    "duplicate_argument": "def f(a, a): pass\n",
    "bare_star": "def f(*): pass\n",
    "bare_star_kwargs": "def f(*, **k): pass\n",
    "after_var_keyword": "def f(**k, a): pass\n",
    "slash_after_star": "def f(*a, /): pass\n",
    "slash_first": "def f(/): pass\n",
    "slash_twice": "def f(a, /, /): pass\n",
    "star_twice": "def f(*a, *b): pass\n",
    "lambda_duplicate": "lambda a, a: 1\n",
    "lambda_non_default": "lambda a=1, b: 1\n",
    # f-strings and string escapes
    "fstring_expecting_brace": "f'{'\n",
    "fstring_empty_expression": "f'{}'\n",
    "fstring_bad_conversion": "f'{a!x}'\n",
    "fstring_single_close": "f'}'\n",
    "fstring_nested_too_deeply": "f'{a:{b:{c}}}'\n",
    "fstring_backslash": "f'{a\\n}'\n",
    "fstring_comment": "f'{a#}'\n",
    "escape_unknown_name": "'\\N{DASH}'\n",
    "escape_truncated_x": "'\\xz'\n",
    "escape_truncated_u": "x = 'ab\\u12'\n",
    "bytes_non_ascii": "x = b'caf\u00e9'\n",
    "bytes_mixed_with_str": "x = b'a' 'b'\n",
    "bytes_mixed_with_fstring": "x = f'{1}' b'b'\n",
    "bytes_bad_x_escape": "x = b'ok\\x4'\n",
    # out of the subset (CPython accepts these; pyvm does not, so no .err is generated)
}

# Programs CPython accepts but pyvm rejects as outside its subset: name -> (source, message, line, offset).
UNSUPPORTED = {
    "async_def": ("async def f(): pass\n", "'async def' is not supported by pyvm", 1, 1),
    "await": ("async def f():\n    await x\n", "'async def' is not supported by pyvm", 1, 1),
    "complex": ("x = 1j\n", "complex numbers are not supported by pyvm", 1, 5),
    "except_star": ("try:\n    pass\nexcept* E:\n    pass\n", "'except*' is not supported by pyvm", 3, 1),
    "match": ("match x:\n    case 1:\n        pass\n", "match statements are not supported by pyvm", 1, 1),
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for name in os.listdir(here):
        if name.endswith((".py", ".err")) and name != "regen.py":
            os.remove(os.path.join(here, name))
    for name, source in CASES.items():
        path = os.path.join(here, name + ".py")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(source)
        result = subprocess.run([sys.executable, path], cwd=here, capture_output=True)
        err = result.stderr.decode("utf-8").replace(path, name + ".py")
        if result.returncode != 1 or "Error: " not in err or "Traceback" in err:
            sys.exit("case %s is not a syntax error in CPython:\n%s" % (name, err))
        with open(os.path.join(here, name + ".err"), "w", encoding="utf-8", newline="") as f:
            f.write(err)
    with open(os.path.join(here, "unsupported.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("# name<TAB>line<TAB>offset<TAB>message; sources in unsupported_NAME.py (accepted by CPython)\n")
        for name, (source, message, line, offset) in UNSUPPORTED.items():
            path = os.path.join(here, "unsupported_" + name + ".py")
            with open(path, "w", encoding="utf-8", newline="") as src:
                src.write(source)
            compile(source, path, "exec")
            f.write("%s\t%d\t%d\t%s\n" % (name, line, offset, message))
    if sys.version_info[:2] != (3, 11):
        sys.exit("expected CPython 3.11, got " + sys.version)


if __name__ == "__main__":
    main()
