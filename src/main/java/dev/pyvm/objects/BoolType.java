package dev.pyvm.objects;

/** {@code bool}: a subclass of int with two immortal instances, True and False. */
public final class BoolType extends TypeSlots {
    BoolType(ObjectSpace space) {
        super(space);
    }

    @Override
    public String name() {
        return "bool";
    }

    @Override
    public void dealloc(int h) {
        throw new IllegalStateException("bool instances are immortal");
    }

    @Override
    public int repr(int h) {
        return space.newStr(h == space.trueObject ? "True" : "False");
    }

    @Override
    public long hash(int h) {
        return h == space.trueObject ? 1 : 0;
    }

    @Override
    public boolean isTrue(int h) {
        return h == space.trueObject;
    }

    @Override
    public int richCompare(int a, int b, int op) {
        return space.intSlots.richCompare(a, b, op);
    }

    @Override
    public int unaryOp(int h, int op) {
        return space.intSlots.unaryOp(h, op);
    }

    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        return NumberMethods.newBool(space, args, start, nargs, kwnames);
    }

    @Override
    public int getAttr(int h, int name) {
        return space.intSlots.getAttr(h, name);
    }

    @Override
    public int binaryOp(int a, int b, int op) {
        // bool & bool, | and ^ stay bools; everything else is int arithmetic
        boolean bothBools = space.typeOf(a) == type && space.typeOf(b) == type;
        if (bothBools && (op == NumberOps.AND || op == NumberOps.OR || op == NumberOps.XOR)) {
            boolean x = a == space.trueObject, y = b == space.trueObject;
            return space.newBool(op == NumberOps.AND ? x & y : op == NumberOps.OR ? x | y : x ^ y);
        }
        return space.intSlots.binaryOp(a, b, op);
    }
}
