package org.beamcat.systemtests;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Sends persistent text messages to a queue of the test domain's OpenMQ broker (port base + 76), as the
 * Tango device and Java clients do, with Payara's own OpenMQ client jars ({@code imq.jar}, {@code jms.jar})
 * loaded reflectively as the platform notes (§6) recommend, since the client is not usable as a Maven
 * dependency.
 */
final class OpenMqSender {

    private OpenMqSender() {
    }

    /** Sends one message as the broker's producer account; returns the JMS message id the broker gave it. */
    static String send(String queueName, String text) throws Exception {
        return send(queueName, text, IngestCredentials.brokerUser(), IngestCredentials.brokerPassword());
    }

    /** Sends one message logged in as {@code user}; a refused login throws (the reflective call's cause). */
    static String send(String queueName, String text, String user, String password) throws Exception {
        Path mqLib = payaraHome().resolve("mq/lib");
        int brokerPort = Integer.parseInt(System.getProperty("it.http.port", "28080")) - 80 + 76;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {mqLib.resolve("imq.jar").toUri().toURL(),
            mqLib.resolve("jms.jar").toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> factoryClass = loader.loadClass("com.sun.messaging.ConnectionFactory");
            Object factory = factoryClass.getConstructor().newInstance();
            factoryClass.getMethod("setProperty", String.class, String.class)
                    .invoke(factory, "imqAddressList", "mq://localhost:" + brokerPort + "/jms");
            Class<?> contextClass = loader.loadClass("jakarta.jms.JMSContext");
            Object context = loader.loadClass("jakarta.jms.ConnectionFactory")
                    .getMethod("createContext", String.class, String.class).invoke(factory, user, password);
            try {
                Object queue = contextClass.getMethod("createQueue", String.class).invoke(context, queueName);
                Object message = contextClass.getMethod("createTextMessage", String.class).invoke(context, text);
                Object producer = contextClass.getMethod("createProducer").invoke(context);
                Class<?> destination = loader.loadClass("jakarta.jms.Destination");
                Class<?> messageClass = loader.loadClass("jakarta.jms.Message");
                Method send = loader.loadClass("jakarta.jms.JMSProducer").getMethod("send", destination, messageClass);
                send.invoke(producer, queue, message);
                return (String) messageClass.getMethod("getJMSMessageID").invoke(message);
            } finally {
                contextClass.getMethod("close").invoke(context);
            }
        }
    }

    private static Path payaraHome() throws Exception {
        Path versions = Path.of(System.getenv().getOrDefault("BEAMCAT_HOME", "..")).resolve("var/payara");
        try (Stream<Path> homes = Files.list(versions)) {
            return homes.map(v -> v.resolve("payara6")).filter(p -> Files.isRegularFile(p.resolve("mq/lib/imq.jar")))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no Payara with mq/lib/imq.jar under "
                            + versions));
        }
    }
}
