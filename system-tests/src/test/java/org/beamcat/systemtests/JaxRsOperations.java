package org.beamcat.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The operations ({@code "GET /getData"}) a web module's JAX-RS resources serve, read by reflection from the
 * built archive: the classes of {@code WEB-INF/classes} that carry {@code @Path}, with their libraries (the
 * WAR's {@code WEB-INF/lib}, an EAR's {@code lib/}) beside them and the Jakarta EE API from the test class path.
 * Paths are relative to the application path (BeamCat's applications are all rooted at "/").
 */
final class JaxRsOperations {

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";

    private JaxRsOperations() {
    }

    /** The operations of a WAR, or of the WAR {@code warInEar} inside an EAR. */
    static Set<String> of(Path archive, String warInEar, Path workDir) throws IOException {
        Path root = Files.createTempDirectory(workDir, "jaxrs");
        List<URL> classPath = new ArrayList<>();
        Path war = archive;
        if (warInEar != null) {
            Path ear = unzip(archive, root.resolve("ear"));
            try (Stream<Path> libs = Files.list(ear.resolve("lib"))) {
                for (Path lib : libs.toList()) {
                    classPath.add(lib.toUri().toURL());
                }
            }
            war = ear.resolve(warInEar);
        }
        Path webApp = unzip(war, root.resolve("war"));
        Path classes = webApp.resolve("WEB-INF/classes");
        classPath.add(0, classes.toUri().toURL());
        Path lib = webApp.resolve("WEB-INF/lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> libs = Files.list(lib)) {
                for (Path jar : libs.toList()) {
                    classPath.add(jar.toUri().toURL());
                }
            }
        }
        Set<String> operations = new TreeSet<>();
        try (URLClassLoader loader = new URLClassLoader(classPath.toArray(URL[]::new),
                JaxRsOperations.class.getClassLoader())) {
            for (String className : resourceCandidates(classes)) {
                Class<?> type;
                try {
                    type = Class.forName(className, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load " + className + " to read its JAX-RS annotations", e);
                }
                String classPath0 = pathOf(type.getAnnotations());
                if (classPath0 == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = httpMethodOf(method.getAnnotations());
                    String methodPath = pathOf(method.getAnnotations());
                    if (verb == null && methodPath != null) {
                        throw new IllegalStateException(type.getName() + "." + method.getName()
                                + " is a sub-resource locator: this reader does not follow them");
                    }
                    if (verb != null) {
                        operations.add(verb + " " + join(classPath0, methodPath));
                    }
                }
            }
        }
        return operations;
    }

    /** Class files that mention {@code jakarta/ws/rs/Path}: the only ones worth loading. */
    private static List<String> resourceCandidates(Path classes) throws IOException {
        byte[] marker = "jakarta/ws/rs/Path;".getBytes(StandardCharsets.US_ASCII);
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class")).filter(file -> contains(read(file), marker))
                    .map(file -> classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] data, byte[] marker) {
        outer:
        for (int i = 0; i <= data.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (data[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String pathOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getName().equals(PATH)) {
                return (String) value(annotation);
            }
        }
        return null;
    }

    private static String httpMethodOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            for (Annotation meta : annotation.annotationType().getAnnotations()) {
                if (meta.annotationType().getName().equals(HTTP_METHOD)) {
                    return (String) value(meta);
                }
            }
        }
        return null;
    }

    private static Object value(Annotation annotation) {
        try {
            return annotation.annotationType().getMethod("value").invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "/" + class path + method path, without doubled or trailing slashes, templates as {name}. */
    static String join(String classPath, String methodPath) {
        String joined = "/" + classPath + "/" + (methodPath == null ? "" : methodPath);
        joined = joined.replaceAll("/+", "/").replaceAll("\\{\\s*([^}:\\s]+)\\s*(:[^}]*)?}", "{$1}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        return into;
    }
}
