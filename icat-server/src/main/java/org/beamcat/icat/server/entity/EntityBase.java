package org.beamcat.icat.server.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.util.Date;

/**
 * The five system fields every ICAT entity has. The server sets them (see {@link #markCreated} and
 * {@link #markModified}); clients can query them like normal attributes.
 *
 * <p>Mapping choices shared by all entities:
 * <ul>
 * <li>Ids come from one database sequence for all tables, in blocks of 100, so a createMany of
 * thousands of datafiles costs one sequence call per hundred rows and ids never collide across
 * types (stricter than ICAT, whose clients must not rely on either). Not IDENTITY: EclipseLink 4.0's
 * IDENTITY DDL does not work on H2 2.x, and a sequence lets JDBC batch writing work.</li>
 * <li>Dates are {@link Date} with {@code TIMESTAMP}, like ICAT; {@code java.time.Instant} is not a JPA
 * 3.1 basic type.</li>
 * <li>To-one references are LAZY (each row would otherwise drag its parents along); to-many
 * collections are LAZY, cascade PERSIST for ICAT's nested creation, and are deleted by the database
 * ({@code ON DELETE CASCADE} on every foreign key), so removing a parent never loads its children.</li>
 * </ul>
 */
@MappedSuperclass
public abstract class EntityBase {

    @Id
    @SequenceGenerator(name = "ICAT_ID", sequenceName = "ICAT_ID_SEQ", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ICAT_ID")
    @Column(name = "ID")
    private Long id;

    @Column(name = "CREATE_ID", nullable = false, length = 255)
    private String createId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATE_TIME", nullable = false)
    private Date createTime;

    @Column(name = "MOD_ID", nullable = false, length = 255)
    private String modId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "MOD_TIME", nullable = false)
    private Date modTime;

    /** Sets all four audit fields for a new entity created by {@code userName}. */
    public void markCreated(String userName, Date when) {
        createId = userName;
        createTime = when;
        markModified(userName, when);
    }

    /** Sets the modification fields for a change made by {@code userName}. */
    public void markModified(String userName, Date when) {
        modId = userName;
        modTime = when;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCreateId() {
        return createId;
    }

    public void setCreateId(String createId) {
        this.createId = createId;
    }

    public Date getCreateTime() {
        return createTime;
    }

    public void setCreateTime(Date createTime) {
        this.createTime = createTime;
    }

    public String getModId() {
        return modId;
    }

    public void setModId(String modId) {
        this.modId = modId;
    }

    public Date getModTime() {
        return modTime;
    }

    public void setModTime(Date modTime) {
        this.modTime = modTime;
    }

    /** ICAT's way of naming an entity in messages, e.g. {@code Dataset:42}. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + ":" + id;
    }
}
