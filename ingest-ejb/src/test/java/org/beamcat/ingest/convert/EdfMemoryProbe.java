package org.beamcat.ingest.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.beamcat.ingest.convert.edf.EdfByteOrder;
import org.beamcat.ingest.convert.edf.EdfDataType;

/**
 * Converts one generated UnsignedShort EDF stack in this JVM and prints the outcome and the peak heap,
 * so that a test or a person can run it in a forked JVM with a small -Xmx and find where conversion
 * stops fitting. Arguments: folder, images, Dim_1 (= Dim_2), max-bytes.
 */
public final class EdfMemoryProbe {

    private EdfMemoryProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int images = Integer.parseInt(args[1]);
        int dim = Integer.parseInt(args[2]);
        long maxBytes = Long.parseLong(args[3]);
        Path edf = folder.resolve("probe_" + images + "x" + dim + ".edf");
        try (OutputStream out = Files.newOutputStream(edf)) {
            for (int image = 0; image < images; image++) {
                // Written frame by frame so that generating the file does not use the heap being measured.
                out.write(EdfTestFiles.header(EdfTestFiles.keys(EdfDataType.UNSIGNED_SHORT, EdfByteOrder.LOW_BYTE_FIRST,
                        dim, dim, image)));
                out.write(EdfTestFiles.values(EdfDataType.UNSIGNED_SHORT, ByteOrder.LITTLE_ENDIAN, dim * dim, image));
            }
        }
        String outcome;
        long start = System.nanoTime();
        try {
            ConversionResult result = new Converter(new ConverterOptions(maxBytes, ZoneId.of("UTC"))).convert(edf);
            outcome = result.outcome() + (result.cause() == null ? "" : " " + result.cause().getClass().getSimpleName());
        } catch (OutOfMemoryError e) {
            outcome = "OutOfMemoryError";
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean leftovers;
        try (var files = Files.list(folder)) {
            leftovers = files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
        Files.deleteIfExists(edf);
        Files.deleteIfExists(Converter.outputFor(edf));
        System.out.println("PROBE outcome=" + outcome + " stackBytes=" + (long) images * dim * dim * 2
                + " peakHeapBytes=" + peakHeap() + " millis=" + millis + " tempLeft=" + leftovers);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

}
