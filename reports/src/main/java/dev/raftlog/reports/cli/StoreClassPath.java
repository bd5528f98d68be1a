package dev.raftlog.reports.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class loader that finds the user's store: {@code --classpath} entries (jars, directories,
 * and {@code dir/*} for every jar in a directory) on top of the CLI's own loader. Parent first,
 * so the kit, JUnit and the {@code LogStore} interface are the CLI's, and the store's classes
 * implement the same interface the kit calls.
 */
final class StoreClassPath implements AutoCloseable {
    private final ClassLoader loader;
    private final URLClassLoader owned;

    private StoreClassPath(ClassLoader loader, URLClassLoader owned) {
        this.loader = loader;
        this.owned = owned;
    }

    static StoreClassPath of(String classpath, ClassLoader parent) {
        if (classpath == null || classpath.isBlank()) {
            return new StoreClassPath(parent, null);
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            if (entry.endsWith("*")) {
                urls.addAll(jarsIn(Path.of(entry.substring(0, entry.length() - 1))));
            } else {
                Path p = Path.of(entry);
                if (!Files.exists(p)) {
                    throw new IllegalArgumentException("--classpath entry " + entry + " does not exist");
                }
                urls.add(url(p));
            }
        }
        URLClassLoader owned = new URLClassLoader(urls.toArray(URL[]::new), parent);
        return new StoreClassPath(owned, owned);
    }

    ClassLoader loader() {
        return loader;
    }

    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<URL> jarsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--classpath entry " + dir + "/* is not a directory");
        }
        List<URL> jars = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{jar,JAR}")) {
            files.forEach(f -> jars.add(url(f)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return jars;
    }

    private static URL url(Path p) {
        try {
            return p.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("--classpath entry " + p + " is not a usable path", e);
        }
    }
}
