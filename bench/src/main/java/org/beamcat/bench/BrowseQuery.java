package org.beamcat.bench;

import java.util.List;
import org.beamcat.icat.client.IcatQuery;

/**
 * One of TopCAT's browse calls (contract ids-and-topcat.md, section 5.4: the JPQL its query builder
 * generates for the hierarchy facility → investigation → dataset → datafile) and the SQL a person would
 * write for the same answer, with the member rule (the demo rules: members read their investigations and
 * everything below) written as an EXISTS when the caller is not root. The catalogue's query binds the ids
 * ({@link IcatQuery}); the SQL baseline formats them as numbers (typed longs, no text of anyone's).
 */
record BrowseQuery(String name, IcatQuery icat, String sql, String sqlScope) {

    /** Ids the queries browse: the facility, one investigation the member belongs to, one of its datasets. */
    record Place(long facility, long investigation, long dataset) {
    }

    private static final String MEMBER = " AND EXISTS (SELECT 1 FROM investigationuser iu JOIN user_ u"
            + " ON u.id = iu.user_id WHERE iu.investigation_id = i.id AND u.name = %s)";

    /** The SQL, restricted to what {@code memberName} may read, or unrestricted for root (null). */
    String sqlFor(String memberName) {
        String scope = memberName == null ? "" : String.format(MEMBER, CopyBaseline.literal(memberName));
        return String.format(sql, scope);
    }

    static List<BrowseQuery> all(Place p) {
        long f = p.facility();
        long i = p.investigation();
        long d = p.dataset();
        return List.of(
                new BrowseQuery("investigations page",
                        IcatQuery.of("SELECT DISTINCT investigation FROM Investigation investigation,"
                                + " investigation.facility as facility WHERE facility.id = :facility"
                                + " ORDER BY investigation.title asc, investigation.id asc LIMIT 0, 50")
                                .with("facility", f),
                        "SELECT i.* FROM investigation i WHERE i.facility_id = " + f + "%s ORDER BY i.title, i.id LIMIT 50",
                        "page"),
                new BrowseQuery("investigations count",
                        IcatQuery.of("SELECT COUNT(DISTINCT investigation) FROM Investigation investigation,"
                                + " investigation.facility as facility WHERE facility.id = :facility")
                                .with("facility", f),
                        "SELECT count(*) FROM investigation i WHERE i.facility_id = " + f + "%s", "count"),
                new BrowseQuery("datasets page",
                        IcatQuery.of("SELECT DISTINCT dataset FROM Dataset dataset, dataset.investigation as investigation,"
                                + " investigation.facility as facility WHERE facility.id = :facility"
                                + " AND investigation.id = :investigation ORDER BY dataset.name asc, dataset.id asc"
                                + " LIMIT 0, 50").with("facility", f).with("investigation", i),
                        "SELECT ds.* FROM dataset ds JOIN investigation i ON i.id = ds.investigation_id"
                                + " WHERE i.facility_id = " + f + " AND i.id = " + i + "%s ORDER BY ds.name, ds.id LIMIT 50",
                        "page"),
                new BrowseQuery("dataset count of an investigation",
                        IcatQuery.of("SELECT COUNT(dataset) FROM Dataset dataset, dataset.investigation as investigation"
                                + " WHERE investigation.id = :investigation").with("investigation", i),
                        "SELECT count(*) FROM dataset ds JOIN investigation i ON i.id = ds.investigation_id"
                                + " WHERE i.id = " + i + "%s", "count"),
                new BrowseQuery("datafiles page",
                        IcatQuery.of("SELECT DISTINCT datafile FROM Datafile datafile, datafile.dataset as dataset,"
                                + " dataset.investigation as investigation, investigation.facility as facility"
                                + " WHERE facility.id = :facility AND investigation.id = :investigation"
                                + " AND dataset.id = :dataset ORDER BY datafile.name asc, datafile.id asc LIMIT 0, 50")
                                .with("facility", f).with("investigation", i).with("dataset", d),
                        "SELECT df.* FROM datafile df JOIN dataset ds ON ds.id = df.dataset_id"
                                + " JOIN investigation i ON i.id = ds.investigation_id WHERE i.facility_id = " + f
                                + " AND i.id = " + i + " AND ds.id = " + d + "%s ORDER BY df.name, df.id LIMIT 50",
                        "page"),
                new BrowseQuery("datafile count of a dataset",
                        IcatQuery.of("SELECT COUNT(datafile) FROM Datafile datafile, datafile.dataset as dataset"
                                + " WHERE dataset.id = :dataset").with("dataset", d),
                        "SELECT count(*) FROM datafile df JOIN dataset ds ON ds.id = df.dataset_id"
                                + " JOIN investigation i ON i.id = ds.investigation_id WHERE ds.id = " + d + "%s",
                        "count"));
    }
}
