package dev.raftlog.decorators.fs;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.spi.FileSystemProvider;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The provider of one {@link FaultyFileSystem}: performs each operation on Jimfs (which does
 * all the validation and throws the usual exceptions) and, in the same locked step, records it
 * in the {@link DiskModel}. Only paths of its own file system are accepted.
 */
final class FaultyFileSystemProvider extends FileSystemProvider {

    static final String SCHEME = "faultyfs";

    private final FaultyFileSystem fs;
    private final DiskModel model;

    FaultyFileSystemProvider(FaultyFileSystem fs, DiskModel model) {
        this.fs = fs;
        this.model = model;
    }

    private Path unwrap(Path p) {
        return FaultyPath.unwrap(fs, p);
    }

    static int key(Path jimfsPath) throws IOException {
        return (Integer) Files.readAttributes(jimfsPath, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    private Node node(Path jimfsPath, boolean directory) throws IOException {
        return model.node(key(jimfsPath), directory, jimfsPath.toAbsolutePath().normalize().toString());
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
        throw new UnsupportedOperationException("create faulty file systems with FaultyFileSystem.builder()");
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
        if (SCHEME.equals(uri.getScheme()) && fs.id().equals(uri.getAuthority())) {
            return fs;
        }
        throw new FileSystemNotFoundException(uri.toString());
    }

    @Override
    public Path getPath(URI uri) {
        return getFileSystem(uri).getPath(uri.getPath());
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        return newFileChannel(path, options, attrs);
    }

    @Override
    public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        Path p = unwrap(path);
        if (options.contains(StandardOpenOption.DELETE_ON_CLOSE)) {
            throw new UnsupportedOperationException("DELETE_ON_CLOSE is not supported by the faulty file system");
        }
        boolean append = options.contains(StandardOpenOption.APPEND);
        boolean writable = append || options.contains(StandardOpenOption.WRITE);
        synchronized (model) {
            fs.checkOpen();
            Path abs = p.toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                if (writable || options.contains(StandardOpenOption.CREATE_NEW)) {
                    throw new FileSystemException(abs.toString(), null, "Is a directory");
                }
                return new DirectoryChannel(fs, model, node(p, true));
            }
            boolean existed = Files.exists(p);
            long sizeBefore = existed ? Files.size(p) : 0;
            FileChannel channel = p.getFileSystem().provider().newFileChannel(p, options, attrs);
            Node node;
            if (existed) {
                node = node(p, false);
            } else {
                int id = key(p);
                model.recordCreate(key(abs.getParent()), abs.getFileName().toString(), id, false, abs.toString());
                node = model.node(id, false, abs.toString());
            }
            if (existed && writable && options.contains(StandardOpenOption.TRUNCATE_EXISTING) && sizeBefore > 0) {
                model.recordResize(node, 0);
            }
            boolean sync = options.contains(StandardOpenOption.SYNC) || options.contains(StandardOpenOption.DSYNC);
            return new FaultyFileChannel(fs, model, node, channel, writable, append, sync);
        }
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        fs.checkOpen();
        DirectoryStream<Path> inner = Files.newDirectoryStream(unwrap(dir), e -> filter.accept(new FaultyPath(fs, e)));
        return new DirectoryStream<>() {
            @Override
            public Iterator<Path> iterator() {
                Iterator<Path> it = inner.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        fs.checkOpen();
                        return it.hasNext();
                    }

                    @Override
                    public Path next() {
                        return new FaultyPath(fs, it.next());
                    }
                };
            }

            @Override
            public void close() throws IOException {
                inner.close();
            }
        };
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        Path p = unwrap(dir);
        synchronized (model) {
            fs.checkOpen();
            Path abs = p.toAbsolutePath().normalize();
            Files.createDirectory(p, attrs);
            model.recordCreate(key(abs.getParent()), abs.getFileName().toString(), key(p), true, abs.toString());
        }
    }

    @Override
    public void delete(Path path) throws IOException {
        Path p = unwrap(path);
        synchronized (model) {
            fs.checkOpen();
            Path abs = p.toAbsolutePath().normalize();
            Node n = node(p, Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
            if (abs.getParent() == null) {
                throw new FileSystemException(abs.toString(), null, "cannot delete the root directory");
            }
            int parent = key(abs.getParent());
            Files.delete(p);
            model.recordDelete(parent, abs.getFileName().toString(), n, abs.toString());
        }
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        Path src = unwrap(source);
        unwrap(target);
        synchronized (model) {
            fs.checkOpen();
            if (Arrays.asList(options).contains(StandardCopyOption.REPLACE_EXISTING)) {
                deleteIfExists(target);
            }
            if (Files.isDirectory(src)) {
                createDirectory(target);
                return;
            }
            byte[] bytes = Files.readAllBytes(src);
            try (FileChannel out = newFileChannel(target, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                out.write(java.nio.ByteBuffer.wrap(bytes));
            }
        }
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        Path src = unwrap(source);
        Path dst = unwrap(target);
        synchronized (model) {
            fs.checkOpen();
            Path from = src.toAbsolutePath().normalize();
            Path to = dst.toAbsolutePath().normalize();
            Node n = node(src, Files.isDirectory(src, LinkOption.NOFOLLOW_LINKS));
            if (from.getParent() == null || to.getParent() == null) {
                throw new FileSystemException(from.toString(), to.toString(), "cannot move the root directory");
            }
            Node replaced = Files.exists(dst, LinkOption.NOFOLLOW_LINKS)
                    ? node(dst, Files.isDirectory(dst, LinkOption.NOFOLLOW_LINKS)) : null;
            if (replaced == n) {
                return;
            }
            int fromParent = key(from.getParent());
            int toParent = key(to.getParent());
            Files.move(src, dst, linuxRename(options));
            model.recordRename(fromParent, from.getFileName().toString(), toParent, to.getFileName().toString(),
                    n, replaced, from.toString(), to.toString());
        }
    }

    /**
     * On Linux, {@code Files.move(a, b, ATOMIC_MOVE)} is rename(2), which replaces an existing
     * {@code b}; Jimfs refuses instead. Stores are written against Linux, so behave like it.
     */
    private static CopyOption[] linuxRename(CopyOption[] options) {
        java.util.List<CopyOption> list = Arrays.asList(options);
        if (list.contains(StandardCopyOption.ATOMIC_MOVE) && !list.contains(StandardCopyOption.REPLACE_EXISTING)) {
            CopyOption[] more = Arrays.copyOf(options, options.length + 1);
            more[options.length] = StandardCopyOption.REPLACE_EXISTING;
            return more;
        }
        return options;
    }

    @Override
    public boolean isSameFile(Path path, Path path2) throws IOException {
        fs.checkOpen();
        if (!(path2 instanceof FaultyPath q) || q.getFileSystem() != fs) {
            return false;
        }
        return Files.isSameFile(unwrap(path), q.delegate());
    }

    @Override
    public boolean isHidden(Path path) throws IOException {
        fs.checkOpen();
        return Files.isHidden(unwrap(path));
    }

    @Override
    public FileStore getFileStore(Path path) throws IOException {
        fs.checkOpen();
        return Files.getFileStore(unwrap(path));
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
        fs.checkOpen();
        Path p = unwrap(path);
        p.getFileSystem().provider().checkAccess(p, modes);
    }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
        fs.checkOpen();
        return Files.getFileAttributeView(unwrap(path), type, options);
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        fs.checkOpen();
        return Files.readAttributes(unwrap(path), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        fs.checkOpen();
        return Files.readAttributes(unwrap(path), attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        fs.checkOpen();
        Files.setAttribute(unwrap(path), attribute, value, options);
    }
}
