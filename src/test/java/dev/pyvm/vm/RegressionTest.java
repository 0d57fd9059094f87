package dev.pyvm.vm;

import static dev.pyvm.vm.InterpreterTest.same;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Behaviours that corpus programs once got wrong by accident, pinned apart from them. */
class RegressionTest {

    @Test
    @DisplayName("a dict or set display on a full stack stays inside its frame (BUILD_MAP's transient slot)")
    void buildMapAtMaximumDepth() {
        same("""
                x = [1, 2, 3, iter({5: 0})]
                y = [1, 2, 3, len({5, 6})]
                class B:
                    def f(self):
                        return [1, 2, {3: 4}]
                print(len(x), y, B().f())
                """);
    }

    @Test
    @DisplayName("only the last comparator of a chain is folded into a constant")
    void chainedMembership() {
        same("""
                print(1 in [1, 2] in [[1, 2]], 3 not in [1, 2] not in [[1, 2]], 2 in {2} in [{2}])
                """);
    }
}
