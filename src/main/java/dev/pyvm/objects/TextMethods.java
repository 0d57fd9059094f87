package dev.pyvm.objects;

/**
 * The methods of str, bytes, int and float, and the formatting they share ({@code %}, format specs);
 * also object's own methods beyond the slots ({@code __format__}, {@code __init_subclass__}).
 */
public final class TextMethods {
    private TextMethods() {}

    static void install(ObjectSpace space) {
        Formatter.install(space);
        NumberMethods.install(space);
        StrMethods.install(space);
        BytesMethods.install(space, space.bytesSlots, space.bytesSlots::fromJava);
    }
}
