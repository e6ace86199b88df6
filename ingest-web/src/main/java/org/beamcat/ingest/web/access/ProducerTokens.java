package org.beamcat.ingest.web.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.beamcat.support.config.InvalidSettingException;

/**
 * The shared secrets of sequencers and beamline control software, configured per producer name as the
 * SHA-256 (hex) of the secret, never the secret itself: {@code id11-bliss:9f86d0…,id16a-spec:…}. A presented
 * token is hashed and compared with every configured hash in constant time, so neither timing nor an early
 * exit tells which producer (or how much of a hash) matched.
 */
public final class ProducerTokens {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private final Map<String, byte[]> hashesByProducer;

    private ProducerTokens(Map<String, byte[]> hashesByProducer) {
        this.hashesByProducer = hashesByProducer;
    }

    public static ProducerTokens none() {
        return new ProducerTokens(Map.of());
    }

    /** Parses {@code name:sha256hex,…} (blank: no producer tokens); a bad entry fails naming {@code key}. */
    public static ProducerTokens parse(String key, String value) {
        Map<String, byte[]> hashes = new LinkedHashMap<>();
        if (value == null || value.isBlank()) {
            return none();
        }
        for (String entry : value.split(",")) {
            String[] parts = entry.strip().split(":", -1);
            if (parts.length != 2 || !NAME.matcher(parts[0]).matches() || !SHA256_HEX.matcher(parts[1]).matches()) {
                throw new InvalidSettingException(key, "expected name:sha256hex entries separated by commas "
                        + "(the SHA-256 of each producer's secret, e.g. from sha256sum), got an entry '"
                        + (parts.length == 0 ? "" : parts[0]) + ":…'");
            }
            if (hashes.put(parts[0], HexFormat.of().parseHex(parts[1].toLowerCase())) != null) {
                throw new InvalidSettingException(key, "producer " + parts[0] + " is named twice");
            }
        }
        return new ProducerTokens(Map.copyOf(hashes));
    }

    /** The name of the producer whose secret this is, or empty. */
    public Optional<String> producerOf(String token) {
        byte[] presented = sha256(token);
        String found = null;
        for (Map.Entry<String, byte[]> producer : hashesByProducer.entrySet()) {
            if (MessageDigest.isEqual(presented, producer.getValue()) && found == null) {
                found = producer.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    public int size() {
        return hashesByProducer.size();
    }

    /** The producer names, for the start-up log (never the hashes). */
    public java.util.Set<String> names() {
        return hashesByProducer.keySet();
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
