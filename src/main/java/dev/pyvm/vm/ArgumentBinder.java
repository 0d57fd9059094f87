package dev.pyvm.vm;

import dev.pyvm.bytecode.CodeObject;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.CodeType;
import dev.pyvm.objects.FunctionType;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a call's arguments to a function's parameters in the new frame's fast locals:
 * positional ones, {@code *args}, keywords, {@code **kwargs}, defaults and keyword-only defaults,
 * with CPython's messages. CPython 3.11: Python/ceval.c initialize_locals().
 */
final class ArgumentBinder {
    private ArgumentBinder() {}

    static void bind(ObjectSpace space, CodeType.Info info, int func, int[] frame, int locals,
            int[] args, int start, int nargs, int kwnames) {
        Heap heap = space.heap;
        CodeObject co = info.code;
        int argcount = co.argcount();
        int kwonly = co.kwonlyargcount();
        int total = argcount + kwonly;
        boolean varargs = (co.flags() & CodeObject.CO_VARARGS) != 0;
        boolean varkw = (co.flags() & CodeObject.CO_VARKEYWORDS) != 0;
        int nkw = kwnames == 0 ? 0 : space.tupleSlots.size(kwnames);
        int npos = nargs - nkw;
        if (nkw == 0 && npos == argcount && !varargs && !varkw && kwonly == 0) {
            // the common call: exactly the positional parameters
            for (int i = 0; i < npos; i++) {
                int v = args[start + i];
                heap.incref(v);
                frame[locals + i] = v;
            }
            return;
        }
        java.util.function.Supplier<String> name = () -> space.functionSlots.qualname(func);

        int kwdict = 0;
        if (varkw) {
            kwdict = space.dictSlots.newDict();
            frame[locals + total + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(npos, argcount);
        for (int i = 0; i < n; i++) {
            int v = args[start + i];
            heap.incref(v);
            frame[locals + i] = v;
        }
        if (varargs) {
            int rest = Math.max(0, npos - argcount);
            int t = space.newTupleOfSize(rest);
            for (int i = 0; i < rest; i++) {
                int v = args[start + argcount + i];
                heap.incref(v);
                space.tupleSlots.initItem(t, i, v);
            }
            frame[locals + total] = t;
        }
        for (int j = 0; j < nkw; j++) {
            int key = space.tupleSlots.item(kwnames, j);
            int value = args[start + npos + j];
            int index = -1;
            for (int i = co.posonlyargcount(); i < total; i++) {
                if (info.varnameStrs[i] == key) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                for (int i = co.posonlyargcount(); i < total; i++) {
                    if (space.eq(info.varnameStrs[i], key)) {
                        index = i;
                        break;
                    }
                }
            }
            if (index < 0) {
                if (kwdict == 0) {
                    for (int i = 0; i < co.posonlyargcount(); i++) {
                        if (space.eq(info.varnameStrs[i], key)) {
                            throw space.typeError(name.get() + "() got some positional-only arguments passed as keyword arguments: '"
                                    + space.str(key) + "'");
                        }
                    }
                    throw space.typeError(name.get() + "() got an unexpected keyword argument '" + space.str(key) + "'");
                }
                space.dictSlots.put(kwdict, key, value);
                continue;
            }
            if (frame[locals + index] != 0) {
                throw space.typeError(name.get() + "() got multiple values for argument '" + space.str(key) + "'");
            }
            heap.incref(value);
            frame[locals + index] = value;
        }
        if (npos > argcount && !varargs) throw tooManyPositional(space, co, func, name.get(), npos, frame, locals);

        // defaults for the positional parameters not given
        int defaults = space.functionSlots.field(func, FunctionType.DEFAULTS);
        int ndefaults = defaults == 0 ? 0 : space.tupleSlots.size(defaults);
        if (npos < argcount) {
            int firstDefault = argcount - ndefaults;
            List<String> missing = new ArrayList<>();
            for (int i = npos; i < argcount; i++) {
                if (frame[locals + i] != 0) continue;
                if (i >= firstDefault) {
                    int v = space.tupleSlots.item(defaults, i - firstDefault);
                    heap.incref(v);
                    frame[locals + i] = v;
                } else {
                    missing.add(co.varnames().get(i));
                }
            }
            if (!missing.isEmpty()) throw missing(space, name.get(), missing, "positional");
        }
        if (kwonly > 0) {
            int kwdefaults = space.functionSlots.field(func, FunctionType.KWDEFAULTS);
            List<String> missing = new ArrayList<>();
            for (int i = argcount; i < total; i++) {
                if (frame[locals + i] != 0) continue;
                int v = kwdefaults == 0 ? 0 : space.dictSlots.get(kwdefaults, info.varnameStrs[i]);
                if (v != 0) {
                    heap.incref(v);
                    frame[locals + i] = v;
                } else {
                    missing.add(co.varnames().get(i));
                }
            }
            if (!missing.isEmpty()) throw missing(space, name.get(), missing, "keyword-only");
        }
    }

    // CPython 3.11: Python/ceval.c missing_arguments()
    private static PyException missing(ObjectSpace space, String name, List<String> missing, String kind) {
        StringBuilder names = new StringBuilder();
        int n = missing.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) names.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            names.append('\'').append(missing.get(i)).append('\'');
        }
        return space.typeError(name + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s")
                + ": " + names);
    }

    // CPython 3.11: Python/ceval.c too_many_positional()
    private static PyException tooManyPositional(ObjectSpace space, CodeObject co, int func, String name, int given,
            int[] frame, int locals) {
        int defaults = space.functionSlots.field(func, FunctionType.DEFAULTS);
        int ndefaults = defaults == 0 ? 0 : space.tupleSlots.size(defaults);
        int argcount = co.argcount();
        String takes = ndefaults > 0
                ? "from " + (argcount - ndefaults) + " to " + argcount + " positional arguments"
                : argcount + " positional argument" + (argcount == 1 ? "" : "s");
        int kwonlyGiven = 0;
        for (int i = argcount; i < argcount + co.kwonlyargcount(); i++) if (frame[locals + i] != 0) kwonlyGiven++;
        String kwonly = kwonlyGiven == 0 ? "" : " positional argument" + (given == 1 ? "" : "s") + " (and "
                + kwonlyGiven + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ")";
        String were = kwonlyGiven == 0 ? (given == 1 ? "was" : "were") : "were";
        return space.typeError(name + "() takes " + takes + " but " + given + kwonly + " " + were + " given");
    }
}
