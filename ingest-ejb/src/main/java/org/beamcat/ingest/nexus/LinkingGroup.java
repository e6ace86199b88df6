package org.beamcat.ingest.nexus;

import io.jhdf.BufferBuilder;
import io.jhdf.WritableDatasetImpl;
import io.jhdf.WritableGroupImpl;
import io.jhdf.api.Attribute;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import io.jhdf.api.WritableNode;
import io.jhdf.object.message.AttributeInfoMessage;
import io.jhdf.object.message.AttributeMessage;
import io.jhdf.object.message.GroupInfoMessage;
import io.jhdf.object.message.LinkInfoMessage;
import io.jhdf.object.message.LinkMessage;
import io.jhdf.object.message.Message;
import io.jhdf.storage.HdfFileChannel;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A writable HDF5 group that can hold <b>external links</b> besides groups and datasets. jhdf 0.13 writes
 * hard links only (platform notes §4; its {@code LinkMessage.toBuffer} refuses external links), so this
 * group writes its own object header: the same version-2 header jhdf writes (group info, link info,
 * attribute messages, one link message per child), plus one link message of type "external" (64) per
 * link, as the HDF5 file format specification (IV.A.2.g, "Link Message") describes it. Child groups are
 * LinkingGroups too, so links can go anywhere in the tree; datasets stay jhdf's own.
 */
public class LinkingGroup extends WritableGroupImpl {

    /** An HDF5 external link: the file (relative to the linking file's folder, or absolute) and the object in it. */
    public record ExternalLink(String file, String objectPath) {
    }

    private static final int LINK_MESSAGE = 6;
    private static final byte[] OBJECT_HEADER = "OHDR".getBytes(StandardCharsets.US_ASCII);
    // object header flags: bits 0-1 = 2, the size of chunk 0 is a 4-byte field (as jhdf writes it)
    private static final int HEADER_FLAGS = 0b10;
    // link message flags: bit 3 link type present, bit 4 name character set present; bits 0-1 = 0 or 1
    private static final int LINK_TYPE_AND_CHARSET = 0b1_1000;
    private static final int EXTERNAL = 64;

    private final Map<String, WritableNode> children = new LinkedHashMap<>();
    private final Map<String, ExternalLink> links = new LinkedHashMap<>();

    public LinkingGroup(Group parent, String name) {
        super(parent, name);
    }

    @Override
    public WritableDataset putDataset(String name, Object data) {
        return add(name, new WritableDatasetImpl(data, name, this));
    }

    @Override
    public WritableDataset putDataset(String name, Object data, DatasetCreationOptions options) {
        return add(name, new WritableDatasetImpl(data, name, this, options));
    }

    @Override
    public WritableGroup putGroup(String name) {
        return add(name, new LinkingGroup(this, name));
    }

    /** Adds an external link {@code name} to {@code objectPath} in {@code file}; readers resolve it when opened. */
    public void putExternalLink(String name, ExternalLink link) {
        checkName(name);
        if (link.file().isEmpty() || link.objectPath().isEmpty()) {
            throw new IllegalArgumentException("an external link needs a file and an object path: " + link);
        }
        links.put(name, link);
    }

    public Map<String, ExternalLink> getExternalLinks() {
        return Collections.unmodifiableMap(links);
    }

    @Override
    public Map<String, Node> getChildren() {
        return Collections.unmodifiableMap(children);
    }

    @Override
    public Node getChild(String name) {
        return children.get(name);
    }

    @Override
    public Iterator<Node> iterator() {
        return Collections.<Node>unmodifiableCollection(children.values()).iterator();
    }

    @Override
    public long write(HdfFileChannel channel, long position) {
        // The header's size does not depend on the children's addresses (always 8 bytes each), so it is
        // built once with zeros to learn where the first child goes, then again with the real addresses.
        Map<String, Long> addresses = new LinkedHashMap<>();
        children.keySet().forEach(name -> addresses.put(name, 0L));
        long next = position + header(addresses).limit();
        for (Map.Entry<String, WritableNode> child : children.entrySet()) {
            addresses.put(child.getKey(), next);
            next = child.getValue().write(channel, next);
        }
        channel.write(header(addresses), position);
        return next;
    }

    private <T extends WritableNode> T add(String name, T node) {
        checkName(name);
        children.put(name, node);
        return node;
    }

    private void checkName(String name) {
        // jhdf would silently overwrite a duplicate and write a broken file for a name with '/'
        if (name.isEmpty() || name.contains("/") || name.equals(".")) {
            throw new IllegalArgumentException("'" + name + "' is not an HDF5 link name");
        }
        if (children.containsKey(name) || links.containsKey(name)) {
            throw new IllegalArgumentException("the group " + getPath() + " already has a member named " + name);
        }
    }

    private ByteBuffer header(Map<String, Long> addresses) {
        BufferBuilder messages = new BufferBuilder();
        message(messages, GroupInfoMessage.createBasic());
        message(messages, LinkInfoMessage.createBasic());
        if (!getAttributes().isEmpty()) {
            message(messages, AttributeInfoMessage.create());
            for (Map.Entry<String, Attribute> attribute : getAttributes().entrySet()) {
                message(messages, AttributeMessage.create(attribute.getKey(), attribute.getValue()));
            }
        }
        addresses.forEach((name, address) -> message(messages, LinkMessage.create(name, address)));
        links.forEach((name, link) -> message(messages, LINK_MESSAGE, new byte[] {0}, externalLink(name, link)));
        ByteBuffer body = messages.build();
        return new BufferBuilder().writeBytes(OBJECT_HEADER).writeByte(2).writeByte(HEADER_FLAGS)
                .writeInt(body.capacity()).writeBuffer(body).appendChecksum().build();
    }

    private static void message(BufferBuilder into, Message message) {
        message(into, message.getMessageType(), message.flagsToBytes(), message.toBuffer());
    }

    private static void message(BufferBuilder into, int type, byte[] flags, ByteBuffer body) {
        into.writeByte(type).writeShort(body.capacity()).writeBytes(flags).writeBuffer(body);
    }

    private static ByteBuffer externalLink(String name, ExternalLink link) {
        byte[] encodedName = name.getBytes(StandardCharsets.UTF_8);
        byte[] file = link.file().getBytes(StandardCharsets.UTF_8);
        byte[] path = link.objectPath().getBytes(StandardCharsets.UTF_8);
        int value = 1 + file.length + 1 + path.length + 1; // version and flags byte, two null-terminated strings
        if (encodedName.length > 0xFFFF || value > 0xFFFF) {
            throw new IllegalArgumentException("link " + name + " -> " + link + " is too long for HDF5");
        }
        boolean shortName = encodedName.length <= 0xFF;
        BufferBuilder body = new BufferBuilder().writeByte(1).writeByte(LINK_TYPE_AND_CHARSET | (shortName ? 0 : 1))
                .writeByte(EXTERNAL).writeByte(1); // character set 1: UTF-8
        if (shortName) {
            body.writeByte(encodedName.length);
        } else {
            body.writeShort(encodedName.length);
        }
        return body.writeBytes(encodedName).writeShort(value).writeByte(0).writeBytes(file).writeByte(0)
                .writeBytes(path).writeByte(0).build();
    }
}
