package dev.raftlog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogTest {

    @Test
    void equalityGoesByContentOfTheArrays() {
        Log a = Log.command(3, 2, new byte[] {1, 2}).withExtensions(new byte[] {9});
        Log b = Log.command(3, 2, new byte[] {1, 2}).withExtensions(new byte[] {9});
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(b.withExtensions(new byte[] {8}));
        assertThat(a).isNotEqualTo(b.withAppendedAt(Instant.EPOCH));
    }

    @Test
    void nullArraysMeanEmpty() {
        Log withNulls = new Log(1, 1, LogType.NOOP, null, null, null);
        assertThat(withNulls.data()).isEmpty();
        assertThat(withNulls.extensions()).isEmpty();
        assertThat(withNulls).isEqualTo(new Log(1, 1, LogType.NOOP, new byte[0], new byte[0], null));
    }

    @Test
    void rejectsIndexBelowOneAndNegativeTermWithAClearMessage() {
        assertThatThrownBy(() -> Log.of(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index must be >= 1, was 0");
        assertThatThrownBy(() -> Log.of(5, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("term must be >= 0, was -1");
        assertThatThrownBy(() -> new Log(5, 1, null, null, null, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("type");
    }

    @Test
    void toStringAbbreviatesLongArrays() {
        Log big = Log.command(7, 1, new byte[1000]);
        assertThat(big.toString()).contains("index=7").contains("...").contains("(1000 bytes)").hasSizeLessThan(200);
        assertThat(Log.command(1, 1, new byte[] {(byte) 0xAB}).toString()).contains("0xab (1 byte)");
    }

    @Test
    void deepCopySharesNoArray() {
        Log original = Log.command(1, 1, new byte[] {1}).withExtensions(new byte[] {2});
        Log copy = original.deepCopy();
        assertThat(copy).isEqualTo(original);
        assertThat(copy.data()).isNotSameAs(original.data());
        assertThat(copy.extensions()).isNotSameAs(original.extensions());
    }

    @Test
    void logTypeCodesAreHashicorps() {
        assertThat(LogType.COMMAND.code()).isZero();
        assertThat(LogType.CONFIGURATION.code()).isEqualTo(5);
        for (LogType t : LogType.values()) {
            assertThat(LogType.fromCode(t.code())).isSameAs(t);
        }
        assertThatThrownBy(() -> LogType.fromCode(6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown LogType code 6");
        assertThatThrownBy(() -> LogType.fromCode(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notFoundCarriesTheIndex() {
        assertThat(new LogNotFoundException(42).index()).isEqualTo(42);
        assertThat(new LogNotFoundException(42).getMessage()).contains("42");
    }
}
