package dev.pyvm.objects;

/** The methods of str, int and float, and the formatting they share ({@code %}, format specs). */
public final class TextMethods {
    private TextMethods() {}

    static void install(ObjectSpace space) {
        Formatter.install(space);
        NumberMethods.install(space);
        StrMethods.install(space);
    }
}
