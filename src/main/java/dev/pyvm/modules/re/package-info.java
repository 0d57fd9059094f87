/**
 * pyvm's regular-expression engine, the {@code _re} module under the frozen {@code re} module (as
 * CPython's Modules/_sre is under Lib/re): {@link dev.pyvm.modules.re.Parser} reads a pattern
 * into {@link dev.pyvm.modules.re.Node}s with CPython 3.11's errors (Lib/re/_parser.py),
 * {@link dev.pyvm.modules.re.Compiler} turns them into a {@link dev.pyvm.modules.re.Program},
 * which {@link dev.pyvm.modules.re.Matcher} runs by backtracking on an explicit stack (never the
 * Java stack); {@link dev.pyvm.modules.re.ProgramType} is the heap object that names a program,
 * {@link dev.pyvm.modules.re.ReModule} the module. The Pattern and Match types are written in
 * Python (re.py), over this module. May use: {@code objects}, {@code memory}.
 */
package dev.pyvm.modules.re;
