package org.beamcat.ingest.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second reader: HDF5's own h5dump (Debian hdf5-tools), run as a process, so that tests check what
 * the HDF5 C library reads from our files rather than what jhdf thinks it wrote.
 */
public final class H5Dump {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern DATASPACE = Pattern.compile("DATASPACE\\s+SIMPLE \\{ \\( ([\\d, ]+) \\)");
    private static final Pattern DATATYPE = Pattern.compile("DATATYPE\\s+(H5T_\\w+)");

    private H5Dump() {
    }

    /** h5dump's output for these arguments; fails the test when h5dump fails or is missing. */
    public static String run(Path file, String... args) {
        List<String> command = new ArrayList<>();
        command.add("h5dump");
        command.addAll(List.of(args));
        command.add(file.toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("h5dump did not finish: " + command);
            }
            String text = new String(output, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed:\n" + text);
            return text;
        } catch (IOException e) {
            return fail("h5dump is not installed (or not on the PATH). Install Debian's hdf5-tools:"
                    + " 'sudo apt-get install hdf5-tools' (test.sh does it). " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while running h5dump");
        }
    }

    /** A dataset's values as raw little-endian bytes, exactly as HDF5 reads them ({@code h5dump -b LE}). */
    public static byte[] rawLittleEndian(Path file, String dataset, Path scratch) throws IOException {
        Path out = Files.createTempFile(scratch, "h5dump", ".bin");
        try {
            run(file, "-d", dataset, "-b", "LE", "-o", out.toString());
            return Files.readAllBytes(out);
        } finally {
            Files.delete(out);
        }
    }

    public static double[] doubles(Path file, String dataset, Path scratch) throws IOException {
        assertEquals("H5T_IEEE_F64LE", datatype(file, dataset), dataset);
        ByteBuffer bytes = ByteBuffer.wrap(rawLittleEndian(file, dataset, scratch)).order(ByteOrder.LITTLE_ENDIAN);
        double[] values = new double[bytes.remaining() / Double.BYTES];
        bytes.asDoubleBuffer().get(values);
        return values;
    }

    /** The HDF5 type name of a dataset, e.g. {@code H5T_STD_U16LE}. */
    public static String datatype(Path file, String dataset) {
        return find(DATATYPE, run(file, "-H", "-d", dataset), dataset);
    }

    /** The dimensions of a dataset ({@code SIMPLE} data spaces only). */
    public static long[] dimensions(Path file, String dataset) {
        String dims = find(DATASPACE, run(file, "-H", "-d", dataset), dataset);
        return Pattern.compile(",\\s*").splitAsStream(dims.strip()).mapToLong(Long::parseLong).toArray();
    }

    /** Storage layout and filters of a dataset, as h5dump prints them ({@code -p}). */
    public static String properties(Path file, String dataset) {
        return run(file, "-p", "-H", "-d", dataset);
    }

    /** The strings of a string dataset or attribute (a scalar gives one). */
    public static List<String> strings(Path file, String kind, String path) {
        String text = dataBlock(run(file, "-y", "-w", "0", kind, path), path);
        List<String> values = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    public static String stringDataset(Path file, String path) {
        List<String> values = strings(file, "-d", path);
        assertEquals(1, values.size(), path + " should be one string: " + values);
        return values.get(0);
    }

    public static List<String> attribute(Path file, String path) {
        return strings(file, "-a", path);
    }

    /** The numbers of a numeric dataset or attribute, parsed from h5dump's text. */
    public static double[] numbers(Path file, String kind, String path) {
        String text = dataBlock(run(file, "-y", "-w", "0", kind, path), path).strip();
        return Pattern.compile("[,\\s]+").splitAsStream(text).filter(s -> !s.isEmpty())
                .mapToDouble(Double::parseDouble).toArray();
    }

    /** Every object path in the file ({@code h5dump -n}). */
    public static List<String> contents(Path file) {
        List<String> paths = new ArrayList<>();
        for (String line : run(file, "-n").split("\n")) {
            String[] fields = line.strip().split("\\s+", 2);
            if (fields.length == 2 && (fields[0].equals("group") || fields[0].equals("dataset"))) {
                paths.add(fields[1]);
            }
        }
        return paths;
    }

    private static String dataBlock(String dump, String path) {
        int start = dump.indexOf("DATA {");
        if (start < 0) {
            return fail("no DATA in h5dump output for " + path + ":\n" + dump);
        }
        int end = dump.indexOf("\n   }", start);
        return dump.substring(start + "DATA {".length(), end < 0 ? dump.length() : end);
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return fail("h5dump output for " + what + " has no " + pattern + ":\n" + text);
        }
        return m.group(1);
    }
}
