package dev.raftlog.reports.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.raftlog.tck.RequirementViolation;
import dev.raftlog.tck.catalogue.Requirement;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which attachments a violation gets, including the crash suite's fault log and byte diff. */
class ViolationAttachmentsTest {

    /** What a crash-suite violation looks like to the extension: a violation that also offers these two texts. */
    static final class CrashViolation extends RequirementViolation {
        private static final long serialVersionUID = 1L;

        CrashViolation() {
            super(Requirement.RESTART_CONTENT, "entry 7 lost after a crash", "first=1 last=7", "first=1 last=6",
                    "LogStore store = newStore(dir);\nstore.storeLogs(List.of(Log.of(7, 1)));\n// crash\n", 2, null, null);
        }

        public String faultLog() {
            return "write(seg-0001, 4096 bytes) torn after 1024 bytes\nfsync(seg-0001) lost";
        }

        public String byteDiff() {
            return "seg-0001 @ 0x400: expected 0a 01, found 00 00";
        }
    }

    @Test
    void aViolationGetsItsCodeExpectedVsActualAndReport() {
        RequirementViolation v = new RequirementViolation(Requirement.DELETE_INCLUSIVE, "getLog(3) did not throw", "not found",
                "Log[3]", "LogStore store = newStore();\nstore.deleteRange(1, 3);\n", 2, "Replay exactly: -Draftlog.replay=rl1:x", null);

        Map<String, String> attached = attachmentsOf(v);

        assertThat(attached.keySet()).containsExactly("Counterexample (Java)", "Replay token and seed", "Expected vs actual",
                "Violation report");
        assertThat(attached.get("Counterexample (Java)")).isEqualTo("LogStore store = newStore();\nstore.deleteRange(1, 3);\n");
        assertThat(attached.get("Replay token and seed")).isEqualTo("Replay exactly: -Draftlog.replay=rl1:x");
        assertThat(attached.get("Expected vs actual")).isEqualTo("expected: not found\nactual:   Log[3]\n");
    }

    @Test
    void aCrashViolationAlsoGetsItsFaultLogAndByteDiff() {
        Map<String, String> attached = attachmentsOf(new CrashViolation());

        assertThat(attached).containsEntry("Fault log", new CrashViolation().faultLog())
                .containsEntry("Byte-level diff", new CrashViolation().byteDiff())
                .doesNotContainKey("Replay token and seed");
    }

    @Test
    void theViolationIsFoundBehindAWrapper() {
        RequirementViolation v = new CrashViolation();

        assertThat(RequirementAllureExtension.violationIn(new AssertionError("wrapped", v))).contains(v);
        assertThat(RequirementAllureExtension.violationIn(new IllegalStateException("no"))).isEqualTo(Optional.empty());
    }

    private static Map<String, String> attachmentsOf(RequirementViolation v) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        TestResult[] written = new TestResult[1];
        AllureLifecycle lifecycle = new AllureLifecycle(new AllureResultsWriter() {
            @Override
            public void write(TestResult testResult) {
                written[0] = testResult;
            }

            @Override
            public void write(TestResultContainer container) {
            }

            @Override
            public void write(String source, InputStream attachment) {
                try {
                    files.put(source, attachment.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        String uuid = UUID.randomUUID().toString();
        lifecycle.scheduleTestCase(new TestResult().setUuid(uuid).setName("t"));
        lifecycle.startTestCase(uuid);
        RequirementAllureExtension.attach(lifecycle, v);
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
        Map<String, String> byName = new LinkedHashMap<>();
        List<Attachment> attachments = written[0].getAttachments();
        for (Attachment a : attachments) {
            byName.put(a.getName(), new String(files.get(a.getSource()), StandardCharsets.UTF_8));
        }
        return byName;
    }
}
