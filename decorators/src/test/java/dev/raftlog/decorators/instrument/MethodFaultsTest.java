package dev.raftlog.decorators.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodFaultsTest {

    @Test
    void theThirdFlushThrowsAndClosingRestoresTheMethod() throws Exception {
        SegmentWriter writer = new SegmentWriter();
        MethodFaultRule rule = MethodFaults.on(SegmentWriter.class).method("flush").onNthCall(3)
                .throwing(() -> new IOException("injected: flush failed"));
        try (InstalledMethodFaults faults = MethodFaults.install(42, rule)) {
            assertThat(writer.flush()).isEqualTo(1);
            assertThat(writer.flush()).isEqualTo(2);
            assertThatThrownBy(writer::flush).isInstanceOf(IOException.class).hasMessage("injected: flush failed");
            assertThat(writer.flush()).isEqualTo(3); // the failed call never reached the body
            assertThat(faults.calls(rule)).isEqualTo(4);
            assertThat(faults.faultLog()).singleElement().satisfies(e -> {
                assertThat(e.method()).isEqualTo(SegmentWriter.class.getName() + ".flush");
                assertThat(e.call()).isEqualTo(3);
                assertThat(e.rule()).isEqualTo("on(SegmentWriter).method(flush).onNthCall(3).throwing(IOException)");
            });
        }
        SegmentWriter after = new SegmentWriter();
        for (int i = 0; i < 5; i++) {
            after.flush(); // uninstalled: never throws again
        }
        assertThat(after.flush()).isEqualTo(6);
    }

    @Test
    void anOverloadCanBeChosenByParameterTypes() throws Exception {
        SegmentWriter writer = new SegmentWriter();
        try (InstalledMethodFaults faults = MethodFaults.install(1, MethodFaults.on(SegmentWriter.class)
                .method("write", byte[].class).always().throwing(() -> new IOException("EIO")))) {
            writer.write("text"); // the other overload is untouched
            assertThatThrownBy(() -> writer.write(new byte[1])).isInstanceOf(IOException.class);
            assertThat(writer.writes()).isEqualTo(1);
        }
    }

    @Test
    void probabilityRulesReplayUnderTheSameSeed() throws Exception {
        assertThat(failingFlushes(7)).isEqualTo(failingFlushes(7)).isNotEqualTo(failingFlushes(8));
        assertThat(failingFlushes(7).size()).isBetween(50, 150); // p = 0.25 of 400
    }

    private static List<Integer> failingFlushes(long seed) throws Exception {
        SegmentWriter writer = new SegmentWriter();
        List<Integer> failed = new ArrayList<>();
        try (InstalledMethodFaults faults = MethodFaults.install(seed, MethodFaults.on(SegmentWriter.class)
                .method("flush").withProbability(0.25).throwing(() -> new IOException("EIO")))) {
            for (int i = 1; i <= 400; i++) {
                try {
                    writer.flush();
                } catch (IOException e) {
                    failed.add(i);
                }
            }
        }
        return failed;
    }

    @Test
    void aMissingMethodIsRejectedNamingClassAndMethod() {
        assertThatThrownBy(() -> MethodFaults.on(SegmentWriter.class).method("flsh"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no method flsh declared in " + SegmentWriter.class.getName())
                .hasMessageContaining("flush()");
        assertThatThrownBy(() -> MethodFaults.on(SegmentWriter.class).method("write", int.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no method write(int)");
    }

    @Test
    void otherBadRulesAreRejected() {
        assertThatThrownBy(() -> MethodFaults.on(SegmentWriter.class).method("writes").always()
                .throwing(() -> new IOException("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not declare java.io.IOException");
        assertThatThrownBy(() -> MethodFaults.on(SegmentWriter.class).method("flush").withProbability(-0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> MethodFaults.on(String.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JDK classes");
        assertThatThrownBy(() -> MethodFaults.on(Runnable.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a class");
    }

    @Test
    void overlappingInstallationsAreRejected() {
        MethodFaultRule rule = MethodFaults.on(SegmentWriter.class).method("flush").always()
                .throwing(() -> new IllegalStateException("x"));
        try (InstalledMethodFaults first = MethodFaults.install(1, rule)) {
            assertThatThrownBy(() -> MethodFaults.install(2, rule)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("already has fault rules installed");
            assertThatThrownBy(() -> new SegmentWriter().flush()).isInstanceOf(IllegalStateException.class);
        }
    }
}
