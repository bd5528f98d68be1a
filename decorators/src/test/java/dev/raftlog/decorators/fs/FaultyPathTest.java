package dev.raftlog.decorators.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import org.junit.jupiter.api.Test;

class FaultyPathTest {

    private final FaultyFileSystem fs = FaultyFileSystem.builder().build();

    @Test
    void pathOperationsStayInTheFaultyFileSystem() {
        Path p = fs.getPath("/a/b/../c");
        assertThat(p.toString()).isEqualTo("/a/b/../c");
        assertThat(p.normalize()).isEqualTo(fs.getPath("/a/c"));
        assertThat(p.normalize().getFileSystem()).isSameAs(fs);
        assertThat(fs.getPath("/a").resolve("x/y")).isEqualTo(fs.getPath("/a/x/y"));
        assertThat(fs.getPath("/a").relativize(fs.getPath("/a/x/y"))).isEqualTo(fs.getPath("x/y"));
        assertThat(fs.getPath("/a/x").getParent()).isEqualTo(fs.getPath("/a"));
        assertThat(fs.getPath("/a/x").getFileName()).isEqualTo(fs.getPath("x"));
        assertThat(fs.getPath("/a/x").getRoot()).isEqualTo(fs.getPath("/"));
        assertThat(fs.getPath("/a/x").startsWith("/a")).isTrue();
        assertThat(fs.getPath("/a/x").endsWith("x")).isTrue();
        assertThat(fs.getPath("x").toAbsolutePath()).isEqualTo(fs.getPath("/x"));
        assertThat(fs.getPath("/a/x").subpath(0, 1)).isEqualTo(fs.getPath("a"));
        assertThat(fs.getPath("/a/x").getParent()).isInstanceOf(FaultyPath.class);
        assertThat(fs.getPath("/a/x").toUri().toString()).startsWith("faultyfs://fs").endsWith("/a/x");
        assertThat(fs.provider().getPath(fs.getPath("/a/x").toUri())).isEqualTo(fs.getPath("/a/x"));
        assertThat(fs.getPath("/b").compareTo(fs.getPath("/a"))).isPositive();
        assertThat(fs.getPathMatcher("glob:/a/*.log").matches(fs.getPath("/a/x.log"))).isTrue();
    }

    @Test
    void pathsOfOtherFileSystemsAreRejected() throws IOException {
        try (FileSystem jimfs = Jimfs.newFileSystem(Configuration.unix());
             FaultyFileSystem other = FaultyFileSystem.builder().build()) {
            Path foreign = jimfs.getPath("/a");
            assertThatThrownBy(() -> fs.getPath("/").resolve(foreign)).isInstanceOf(ProviderMismatchException.class)
                    .hasMessageContaining("not a path of this faulty file system");
            assertThatThrownBy(() -> fs.provider().createDirectory(foreign)).isInstanceOf(ProviderMismatchException.class);
            assertThatThrownBy(() -> fs.getPath("/").relativize(other.getPath("/a")))
                    .isInstanceOf(ProviderMismatchException.class);
            assertThat(fs.getPath("/a")).isNotEqualTo(other.getPath("/a"));
        }
    }

    @Test
    void directoryListingReturnsFaultyPaths() throws IOException {
        Files.createDirectories(fs.getPath("/d/e"));
        Files.createFile(fs.getPath("/d/f"));
        try (var list = Files.list(fs.getPath("/d"))) {
            assertThat(list.toList()).containsExactlyInAnyOrder(fs.getPath("/d/e"), fs.getPath("/d/f"))
                    .allSatisfy(p -> assertThat(p.getFileSystem()).isSameAs(fs));
        }
    }
}
