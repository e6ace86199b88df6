package org.beamcat.ingest.convert;

/** SPEC file text for tests, written the way SPEC writes it (two spaces between labels and motor names). */
public final class SpecTestFiles {

    private SpecTestFiles() {
    }

    public static String fileHeader() {
        return """
                #F /data/visitor/ma1234/id99/sample.spec
                #E 1704366000
                #D Thu Jan  4 12:00:00 2024
                #C id99  User = opid99
                #O0 Two Theta  th  chi
                #O1 phi  samz

                """;
    }

    /** An ascan of {@code points} rows over th, with Epoch, I0 and a detector column. */
    public static String ascan(int number, int points) {
        StringBuilder scan = new StringBuilder();
        scan.append("#S ").append(number).append("  ascan  th 0 1 ").append(points - 1).append(" 0.1\n");
        scan.append("#D Thu Jan  4 12:0").append(number % 10).append(":05 2024\n");
        scan.append("#T 0.1  (Seconds)\n");
        scan.append("#G0 0 0 1 0 0 1 0 0 0\n");
        scan.append("#P0 12.5 0.25 -3\n");
        scan.append("#P1 1e-3 42\n");
        scan.append("#C a comment before the data\n");
        scan.append("#N 4\n");
        scan.append("#L th  Epoch  I0/mon  det counts\n");
        for (int i = 0; i < points; i++) {
            scan.append(th(i)).append(' ').append(epoch(i)).append(' ').append(i0(number, i)).append(' ')
                    .append(det(number, i)).append('\n');
        }
        scan.append('\n');
        return scan.toString();
    }

    public static double th(int i) {
        return i * 0.5;
    }

    public static double epoch(int i) {
        return 5.125 + i;
    }

    public static double i0(int scan, int i) {
        return 1000 + scan * 10 + i;
    }

    public static double det(int scan, int i) {
        return scan * 1e3 + i * i + 0.5;
    }
}
