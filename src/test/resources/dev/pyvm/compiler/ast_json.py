# Prints CPython's AST of the file named on the command line as JSON, for PyAst.java.
import ast, json, sys

def conv(v):
    if isinstance(v, ast.AST):
        d = {"_t": type(v).__name__}
        for f in v._fields:
            d[f] = conv(getattr(v, f))
        for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
            if hasattr(v, a):
                d[a] = getattr(v, a)
        if isinstance(v, (ast.Load, ast.Store, ast.Del)):
            return type(v).__name__
        if isinstance(v, ast.Constant):
            d["value"] = const(v.value)
        return d
    if isinstance(v, list):
        return [conv(x) for x in v]
    return v

def const(c):
    if c is None: return {"_none": 1}
    if c is Ellipsis: return {"_ellipsis": 1}
    if isinstance(c, bool): return c
    if isinstance(c, int): return {"_int": str(c)}
    if isinstance(c, float): return {"_float": c.hex()}
    if isinstance(c, str): return {"_str": c.encode("utf-16-be", "surrogatepass").hex()}
    return {"_unsupported": type(c).__name__}

src = open(sys.argv[1], encoding="utf-8").read()
print(json.dumps(conv(ast.parse(src, sys.argv[1]))))
