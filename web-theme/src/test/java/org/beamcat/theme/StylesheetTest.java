package org.beamcat.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The stylesheet as a browser on a closed network, a keyboard user and a low-vision user need it. */
class StylesheetTest {

    /** Where Faces (library "beamcat") and the servlet container (META-INF/resources) find it. */
    private static final String RESOURCE = "META-INF/resources/beamcat/beamcat.css";

    private static String css() throws IOException {
        try (InputStream in = StylesheetTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    @Test
    void loadsNothingFromElsewhere() throws IOException {
        String rules = withoutComments(css());
        assertFalse(rules.contains("@import"), "no @import: one file, one request");
        assertFalse(Pattern.compile("url\\(").matcher(rules).find(), "no url(): no fonts or images to fetch");
        assertFalse(Pattern.compile("https?:").matcher(rules.replace("a[href^=\"http\"]", "")).find(),
                "no address of another host");
    }

    @Test
    void bracesBalance() throws IOException {
        String rules = withoutComments(css()).replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
        int depth = 0;
        for (char c : rules.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertTrue(depth >= 0, "a '}' closes nothing");
        }
        assertEquals(0, depth, "every '{' is closed");
    }

    @Test
    void keepsAFocusRingAndPrintsAndNarrows() throws IOException {
        String rules = withoutComments(css());
        assertTrue(rules.contains(":focus-visible {"), "a focus ring for keyboard users");
        assertFalse(Pattern.compile("outline:\\s*(none|0)\\b").matcher(rules).find(), "no rule removes the focus ring");
        assertTrue(rules.contains("@media print"), "print rules");
        assertTrue(Pattern.compile("@media \\(max-width: \\d+rem\\)").matcher(rules).find(), "narrow-screen rules");
    }

    /** Each text colour on the backgrounds it is used on: at least 4.5:1, WCAG 2.1 AA for normal text. */
    @Test
    void textColoursContrastWithTheirBackgrounds() throws IOException {
        Map<String, String> colours = customProperties(css());
        String[][] pairs = {
            {"--bc-text", "--bc-background"}, {"--bc-text", "--bc-surface"}, {"--bc-text", "--bc-info-surface"},
            {"--bc-muted", "--bc-background"}, {"--bc-muted", "--bc-surface"},
            {"--bc-link", "--bc-background"}, {"--bc-link", "--bc-surface"}, {"--bc-link", "--bc-info-surface"},
            {"--bc-link-visited", "--bc-background"},
            {"--bc-error", "--bc-background"}, {"--bc-error", "--bc-error-surface"},
            {"--bc-success", "--bc-success-surface"}, {"--bc-warning", "--bc-warning-surface"},
            {"--bc-info", "--bc-info-surface"}, {"--bc-brand", "--bc-info-surface"},
            {"--bc-background", "--bc-brand"}, {"--bc-background", "--bc-error"},
        };
        for (String[] pair : pairs) {
            double ratio = contrast(colours.get(pair[0]), colours.get(pair[1]));
            assertTrue(ratio >= 4.5, pair[0] + " on " + pair[1] + ": " + ratio + ":1");
        }
        // The focus ring: amber on the dark header, its near-black band on white (non-text: 3:1).
        assertTrue(contrast(colours.get("--bc-focus"), colours.get("--bc-brand")) >= 3);
        assertTrue(contrast(colours.get("--bc-focus-inner"), colours.get("--bc-background")) >= 3);
    }

    @Test
    void contrastIsComputedAsWcagDefinesIt() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, contrast("#777777", "#777777"), 0.01);
        assertEquals(4.48, contrast("#777777", "#ffffff"), 0.01);
    }

    private static Map<String, String> customProperties(String css) {
        Map<String, String> colours = new HashMap<>();
        Matcher m = Pattern.compile("(--bc-[a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(css);
        while (m.find()) {
            colours.put(m.group(1), m.group(2));
        }
        return colours;
    }

    static double contrast(String first, String second) {
        assertNotNull(first, "colour not declared");
        assertNotNull(second, "colour not declared");
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
