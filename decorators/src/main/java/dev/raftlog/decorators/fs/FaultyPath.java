package dev.raftlog.decorators.fs;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * A path of a {@link FaultyFileSystem}: wraps the Jimfs path underneath, and every path it
 * returns is again a {@code FaultyPath} of the same file system, so stores never get hold of a
 * Jimfs path and bypass the fault model.
 */
final class FaultyPath implements Path {

    private final FaultyFileSystem fs;
    private final Path delegate;

    FaultyPath(FaultyFileSystem fs, Path delegate) {
        this.fs = fs;
        this.delegate = delegate;
    }

    Path delegate() {
        return delegate;
    }

    /** The Jimfs path behind {@code other}, which must belong to {@code fs}. */
    static Path unwrap(FaultyFileSystem fs, Path other) {
        if (other == null) {
            throw new NullPointerException("path");
        }
        if (!(other instanceof FaultyPath p) || p.fs != fs) {
            throw new ProviderMismatchException("not a path of this faulty file system: " + other
                    + " (" + other.getClass().getName() + ")");
        }
        return p.delegate;
    }

    private FaultyPath wrap(Path p) {
        return p == null ? null : new FaultyPath(fs, p);
    }

    @Override
    public FaultyFileSystem getFileSystem() {
        return fs;
    }

    @Override
    public boolean isAbsolute() {
        return delegate.isAbsolute();
    }

    @Override
    public Path getRoot() {
        return wrap(delegate.getRoot());
    }

    @Override
    public Path getFileName() {
        return wrap(delegate.getFileName());
    }

    @Override
    public Path getParent() {
        return wrap(delegate.getParent());
    }

    @Override
    public int getNameCount() {
        return delegate.getNameCount();
    }

    @Override
    public Path getName(int index) {
        return wrap(delegate.getName(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        return wrap(delegate.subpath(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
        return other instanceof FaultyPath p && p.fs == fs && delegate.startsWith(p.delegate);
    }

    @Override
    public boolean endsWith(Path other) {
        return other instanceof FaultyPath p && p.fs == fs && delegate.endsWith(p.delegate);
    }

    @Override
    public Path normalize() {
        return wrap(delegate.normalize());
    }

    @Override
    public Path resolve(Path other) {
        return wrap(delegate.resolve(unwrap(fs, other)));
    }

    @Override
    public Path relativize(Path other) {
        return wrap(delegate.relativize(unwrap(fs, other)));
    }

    @Override
    public URI toUri() {
        try {
            return new URI(FaultyFileSystemProvider.SCHEME, fs.id(), toAbsolutePath().toString(), null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot build a URI for " + this, e);
        }
    }

    @Override
    public Path toAbsolutePath() {
        return wrap(delegate.toAbsolutePath());
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
        fs.checkOpen();
        return wrap(delegate.toRealPath(options));
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
        throw new UnsupportedOperationException("watch services are not supported by the faulty file system");
    }

    @Override
    public int compareTo(Path other) {
        return delegate.compareTo(unwrap(fs, other));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaultyPath p && p.fs == fs && p.delegate.equals(delegate);
    }

    @Override
    public int hashCode() {
        return delegate.hashCode();
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
