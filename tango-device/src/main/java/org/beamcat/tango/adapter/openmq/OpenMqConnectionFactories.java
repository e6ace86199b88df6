package org.beamcat.tango.adapter.openmq;

import jakarta.jms.ConnectionFactory;
import java.lang.reflect.InvocationTargetException;

/**
 * Creates OpenMQ's connection factory without compiling against OpenMQ: its client jar is not a usable
 * Maven dependency (mq-client's parent POM is missing from Central), so imq.jar is unpacked from the
 * mq-distribution zip onto the class path at run time and reached by reflection here; the rest of the
 * code sees only the Jakarta JMS API.
 */
public final class OpenMqConnectionFactories {

    private static final String FACTORY_CLASS = "com.sun.messaging.ConnectionFactory";

    private OpenMqConnectionFactories() {
    }

    /**
     * @param addressList OpenMQ {@code imqAddressList}, e.g. {@code mq://host:7676/jms} (commas for several)
     */
    public static ConnectionFactory create(String addressList) {
        try {
            Object factory = Class.forName(FACTORY_CLASS).getConstructor().newInstance();
            var setProperty = factory.getClass().getMethod("setProperty", String.class, String.class);
            setProperty.invoke(factory, "imqAddressList", addressList);
            // Fail fast and let the device report and reconnect itself: the client's own reconnect loop
            // would block endDataset for minutes while BLISS waits with a 10 s timeout.
            setProperty.invoke(factory, "imqReconnectEnabled", "false");
            setProperty.invoke(factory, "imqAddressListIterations", "1");
            setProperty.invoke(factory, "imqSocketConnectTimeout", "5000");
            return (ConnectionFactory) factory;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("OpenMQ client (imq.jar) is not on the class path; it is copied"
                    + " to tango-device/target/lib by 'mvn package'", e);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("OpenMQ refused the broker address '" + addressList + "': "
                    + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("unexpected OpenMQ client: " + e, e);
        }
    }
}
