# sys.float_info, sys.version_info, sys.hash_info, sys.int_info: tuples whose items are named fields.
import sys
print(sys.float_info)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.max_10_exp, sys.float_info.min_10_exp)
print(sys.float_info.radix, sys.float_info.rounds, len(sys.float_info), sys.float_info[0] == sys.float_info.max)
print(sys.float_info[-1], sys.float_info[1:3], list(sys.float_info)[6:8], 53 in sys.float_info)
print(sys.float_info == tuple(sys.float_info), sys.float_info.count(2), sys.float_info.index(2))
print(1 + sys.float_info.epsilon > 1, 1 + sys.float_info.epsilon / 2 == 1, sys.float_info.max * 2)
print(sys.hash_info)
print(sys.hash_info.modulus == 2 ** 61 - 1, hash(float("inf")) == sys.hash_info.inf, sys.hash_info.algorithm)
vi = sys.version_info
print(vi.major, vi.minor, vi.releaselevel, vi[:2], vi >= (3, 0), (3, 11) < vi, vi == tuple(vi))
major, minor, micro, level, serial = vi
print(major, minor, level, serial, str(vi) == repr(vi), bool(vi), hash(vi) == hash(tuple(vi)))
print(vi + (1,), vi * 1 == tuple(vi), {vi: "ok"}[tuple(vi)], vi[::-1][0] == vi.serial)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold, len(sys.int_info))
for info in (sys.float_info, sys.int_info, sys.version_info, sys.hash_info):
    t = type(info)
    print(t, t.__name__, t.__module__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, t.__bases__,
          isinstance(info, tuple), t.__match_args__[:2])
for attempt in ("set field", "set other", "get other", "index", "new version_info"):
    try:
        if attempt == "set field":
            sys.float_info.max = 1.0
        elif attempt == "set other":
            sys.float_info.other = 1
        elif attempt == "get other":
            sys.float_info.other
        elif attempt == "index":
            sys.float_info[11]
        else:
            type(vi)((3, 12, 0, "final", 0))
    except (AttributeError, IndexError, TypeError) as e:
        print(attempt, "->", type(e).__name__ + ":", e)
float_info = type(sys.float_info)
made = float_info(range(11))
print(made, type(made) is float_info, made.epsilon, float_info(sequence=[0.5] * 11).max)
for args in [((1, 2),), (5,), (tuple(range(11)), 5), (), (tuple(range(11)), {}, 3)]:
    try:
        float_info(*args)
        print("made")
    except TypeError as e:
        print("TypeError:", e)
