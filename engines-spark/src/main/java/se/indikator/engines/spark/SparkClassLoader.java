package se.indikator.engines.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The class loader Spark runs in: Spark's SQL parser needs the ANTLR runtime it was generated for, which cannot
 * share a class loader with the later one indikator's parser needs, so this loader finds classes in its own jars
 * first — Spark's ANTLR (kept in this module's classes) ahead of the class path's entries — and asks its parent
 * only for the platform's classes and the runtime's, through which the two sides speak; its resources (Spark's
 * services and settings) are only its own jars' and the platform's.
 */
final class SparkClassLoader extends URLClassLoader {
    private static SparkClassLoader shared;

    static {
        registerAsParallelCapable();
    }

    private SparkClassLoader(URL[] urls, ClassLoader parent) {
        super("indikator-spark", urls, parent);
    }

    /** The one loader of the process, made on first use. */
    static synchronized SparkClassLoader shared() {
        if (shared == null) {
            shared = new SparkClassLoader(urls(), SparkClassLoader.class.getClassLoader());
        }
        return shared;
    }

    /** Spark's ANTLR, then every entry of the class path but the ANTLR runtime indikator's parser uses. */
    private static URL[] urls() {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(sparkAntlr().toUri().toURL());
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty() && !notForSpark(Path.of(entry).getFileName().toString())) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        return urls.toArray(URL[]::new);
    }

    /**
     * The jars of the class path that Spark must not see: the ANTLR runtime of indikator's parser, the logging
     * that indikator silences (Spark logs through its own Log4j, which these would replace) and the shell's jar,
     * which holds both.
     */
    private static boolean notForSpark(String jar) {
        return jar.startsWith("antlr4-runtime") || jar.startsWith("log4j-to-slf4j") || jar.startsWith("slf4j-nop")
                || jar.equals("indikator.jar");
    }

    @Override
    public URL getResource(String name) {
        URL here = findResource(name);
        return here != null ? here : getPlatformClassLoader().getResource(name);
    }

    @Override
    public java.util.Enumeration<URL> getResources(String name) throws IOException {
        List<URL> all = java.util.Collections.list(findResources(name));
        all.addAll(java.util.Collections.list(getPlatformClassLoader().getResources(name)));
        return java.util.Collections.enumeration(all);
    }

    /** Spark's ANTLR runtime, copied from this module's classes to a file once per process. */
    private static Path sparkAntlr() {
        try (InputStream in = SparkClassLoader.class.getResourceAsStream("spark-antlr4-runtime.jar")) {
            if (in == null) {
                throw new IllegalStateException("this build of the Spark module lacks Spark's ANTLR runtime");
            }
            Path jar = Files.createTempFile("indikator-spark-antlr", ".jar");
            jar.toFile().deleteOnExit();
            Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null && !sharedWithParent(name)) {
                try {
                    c = findClass(name);
                } catch (ClassNotFoundException notHere) {
                    c = null;
                }
            }
            if (c == null) {
                c = super.loadClass(name, false);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    /** The platform's classes and the runtime's, which both sides must see as the same classes. */
    private static boolean sharedWithParent(String name) {
        if (name.startsWith("java.") || name.startsWith("se.indikator.runtime.")) {
            return true;
        }
        if (!(name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.") || name.startsWith("com.sun.")
                || name.startsWith("org.w3c.") || name.startsWith("org.xml.") || name.startsWith("org.ietf."))) {
            return false;
        }
        try {
            ClassLoader.getPlatformClassLoader().loadClass(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
