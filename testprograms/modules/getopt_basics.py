# getopt: the documented examples, gnu_getopt's mixing, POSIXLY_CORRECT-free '+', GetoptError's attributes
import getopt

args = "-a -b -cfoo -d bar a1 a2".split()
print(getopt.getopt(args, "abc:d:"))
s = "--condition=foo --testing --output-file abc.def -x a1 a2"
print(getopt.getopt(s.split(), "x", ["condition=", "output-file=", "testing"]))
print(getopt.gnu_getopt(["a1", "-x", "a2", "--testing", "a3"], "x", ["testing"]))
print(getopt.gnu_getopt(["a1", "-x", "a2"], "+x"), getopt.getopt(["a1", "-x"], "x"))
print(getopt.getopt(["--out", "f", "--", "-x"], "x", ["output="]), getopt.getopt([], ""), getopt.getopt(["-"], "x"))
for argv, short, longs in [(["-z"], "x", []), (["-c"], "c:", []), (["--nope"], "", ["yes"]),
                           (["--a"], "", ["alpha", "alps"]), (["--alpha=1"], "", ["alpha"]), (["--alpha"], "", ["alpha="])]:
    try:
        getopt.getopt(argv, short, longs)
    except getopt.GetoptError as err:
        print(type(err).__name__, err, repr(err.opt), repr(err.msg), err.args)
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
