package org.beamcat.ids.api;

import java.nio.charset.StandardCharsets;

/**
 * The name a download is saved under, and its {@code Content-Disposition} header (RFC 6266). Datafile
 * names and {@code outname} come from users: only the last path part is kept (after '/' or '\'), control,
 * invisible formatting and quote characters are dropped, and a name that is not plain ASCII goes into
 * {@code filename*} (RFC 5987, UTF-8, percent-encoded) beside an ASCII {@code filename} for old clients.
 */
final class AttachmentName {

    /** Longer names are shortened (keeping a short extension): the name goes into a response header. */
    static final int MAX_LENGTH = 200;
    private static final int MAX_EXTENSION = 16;
    /** RFC 5987 attr-char besides letters and digits: what {@code filename*} may carry unencoded. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private AttachmentName() {
    }

    /** The name made safe to save under, or null when nothing usable is left (empty, ".", ".."). */
    static String safe(String name) {
        if (name == null) {
            return null;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        last.codePoints().filter(AttachmentName::allowed).forEach(kept::appendCodePoint);
        String safe = kept.toString().strip();
        if (safe.isEmpty() || safe.equals(".") || safe.equals("..")) {
            return null;
        }
        return shortened(safe);
    }

    /** {@code attachment; filename="…"}, with {@code filename*} when the ASCII form had to replace characters. */
    static String header(String safeName) {
        StringBuilder ascii = new StringBuilder();
        safeName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '%' && c != '\\' && c != '"'
                ? (char) c : '_'));
        StringBuilder header = new StringBuilder("attachment; filename=\"").append(ascii).append('"');
        if (!ascii.toString().equals(safeName)) {
            header.append("; filename*=UTF-8''");
            for (byte b : safeName.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                    header.append((char) c);
                } else {
                    header.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
                }
            }
        }
        return header.toString();
    }

    private static boolean allowed(int c) {
        int type = Character.getType(c);
        return !Character.isISOControl(c) && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR && c != '"';
    }

    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        int keep = MAX_LENGTH - extension.length();
        return name.substring(0, name.offsetByCodePoints(0, keep)) + extension;
    }
}
