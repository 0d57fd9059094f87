package dev.pyvm.ast;

import java.util.List;

/**
 * The parameters of a def or lambda, as CPython's {@code arguments}. {@code defaults} belong
 * to the last positional parameters (posonlyargs then args); {@code kwDefaults} is parallel
 * to {@code kwonlyargs}, null where a keyword-only parameter has no default.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
    public Arguments {
        posonlyargs = Nodes.copy(posonlyargs);
        args = Nodes.copy(args);
        kwonlyargs = Nodes.copy(kwonlyargs);
        kwDefaults = Nodes.copy(kwDefaults);
        defaults = Nodes.copy(defaults);
    }

    /** No parameters at all. */
    public static Arguments empty() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }
}
