package org.dramagraph.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Another build of Dramagraph (its jar or its classes folder) loaded beside this one, so that the two
 * can be timed alternating in one JVM: a machine busy with other work then slows both alike. Its
 * own classes and resources come from the build; the libraries are this JVM's.
 */
public final class OtherBuild implements AutoCloseable {
    private final Loader loader;
    private final Object extractor;
    private final Method of;
    private final Method extract;
    private final Method facts;

    private OtherBuild(Loader loader) throws ReflectiveOperationException {
        this.loader = loader;
        Class<?> article = loader.loadClass("org.dramagraph.source.Article");
        Class<?> extractorClass = loader.loadClass("org.dramagraph.extract.Extractor");
        this.of = article.getMethod("of", String.class, String.class, String.class);
        this.extract = extractorClass.getMethod("extract", article);
        this.facts = extract.getReturnType().getMethod("facts");
        this.extractor = extractorClass.getConstructor().newInstance();
    }

    /**
     * Loads the build at a path and makes its extractor.
     *
     * @throws IOException when the path holds no build of Dramagraph's extractor
     */
    public static OtherBuild load(Path build) throws IOException {
        if (!Files.exists(build)) {
            throw new IOException("no such file or folder");
        }
        Loader loader = new Loader(build.toUri().toURL(), OtherBuild.class.getClassLoader());
        try {
            return new OtherBuild(loader);
        } catch (ReflectiveOperationException | LinkageError e) {
            loader.close();
            throw new IOException("not a build of Dramagraph with an extractor like this one's: " + e, e);
        }
    }

    /** A copy of an article that the other build can read: its id, headline and text. */
    public Object article(String id, String title, String text) {
        return call(of, null, id, title, text);
    }

    /** The number of facts the other build extracts from one of its articles. */
    public int extract(Object article) {
        return ((List<?>) call(facts, call(extract, extractor, article))).size();
    }

    private static Object call(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the other build failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    /** Dramagraph's own classes and resources from the build first; everything else from the parent. */
    private static final class Loader extends URLClassLoader {
        private static final String OURS = "org.dramagraph.";

        Loader(URL build, ClassLoader parent) {
            super(new URL[] {build}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(OURS)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = name.startsWith(OURS.replace('.', '/')) ? findResource(name) : null;
            return own != null ? own : super.getResource(name);
        }
    }
}
