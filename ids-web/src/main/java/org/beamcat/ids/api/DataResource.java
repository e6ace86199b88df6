package org.beamcat.ids.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.beamcat.ids.catalogue.IcatAccess;
import org.beamcat.ids.config.IdsSettings;
import org.beamcat.ids.core.DataSelection;
import org.beamcat.ids.core.DataSelectionService;
import org.beamcat.ids.core.Download;
import org.beamcat.ids.core.PreparedData;
import org.beamcat.ids.core.ServiceStatus;
import org.beamcat.ids.core.StoredFile;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.InsufficientPrivilegesException;
import org.beamcat.ids.error.NotImplementedException;
import org.beamcat.ids.plugin.DfInfo;

/**
 * The data calls of the IDS (contract 1.3–1.4): parse and check the parameters, resolve the selection in
 * the catalogue with the caller's session (the access check), and delegate to the storage core.
 */
@Path("")
public class DataResource {

    private static final DateTimeFormatter ZIP_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    @Inject
    IdsSettings settings;

    @Inject
    IcatAccess catalogue;

    @Inject
    DataSelectionService service;

    /** The three id lists of a request, checked. */
    private record Ids(List<Long> investigations, List<Long> datasets, List<Long> datafiles) {

        static Ids of(String investigationIds, String datasetIds, String datafileIds) throws IdsException {
            return new Ids(IdsParams.ids("investigationIds", investigationIds),
                    IdsParams.ids("datasetIds", datasetIds), IdsParams.ids("datafileIds", datafileIds));
        }

        boolean mustZip() {
            return DataSelection.mustZip(datafiles.size(), datasets.size(), investigations.size());
        }
    }

    private DataSelection resolve(String sessionId, Ids ids) throws IdsException {
        return catalogue.resolve(IdsParams.uuid("sessionId", sessionId), ids.investigations(), ids.datasets(),
                ids.datafiles());
    }

    @GET
    @Path("getStatus")
    @Produces(MediaType.TEXT_PLAIN)
    public String getStatus(@QueryParam("preparedId") String preparedId, @QueryParam("sessionId") String sessionId,
            @QueryParam("investigationIds") String investigationIds, @QueryParam("datasetIds") String datasetIds,
            @QueryParam("datafileIds") String datafileIds) throws IdsException {
        if (preparedId != null) {
            return service.status(IdsParams.uuid("preparedId", preparedId)).name();
        }
        Ids ids = Ids.of(investigationIds, datasetIds, datafileIds);
        DataSelection selection = sessionId == null
                ? catalogue.resolveAsReader(ids.investigations(), ids.datasets(), ids.datafiles())
                : resolve(sessionId, ids);
        return service.status(selection).name();
    }

    @GET
    @Path("isPrepared")
    @Produces(MediaType.TEXT_PLAIN)
    public String isPrepared(@QueryParam("preparedId") String preparedId) throws IdsException {
        return Boolean.toString(service.isPrepared(IdsParams.uuid("preparedId", preparedId)));
    }

    @POST
    @Path("prepareData")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public String prepareData(@FormParam("sessionId") String sessionId,
            @FormParam("investigationIds") String investigationIds, @FormParam("datasetIds") String datasetIds,
            @FormParam("datafileIds") String datafileIds, @FormParam("zip") boolean zip,
            @FormParam("compress") boolean compress) throws IdsException {
        IdsParams.uuid("sessionId", sessionId);
        Ids ids = Ids.of(investigationIds, datasetIds, datafileIds);
        return service.prepare(resolve(sessionId, ids), zip || ids.mustZip(), compress);
    }

    @GET
    @Path("getData")
    public Response getData(@QueryParam("preparedId") String preparedId, @QueryParam("sessionId") String sessionId,
            @QueryParam("investigationIds") String investigationIds, @QueryParam("datasetIds") String datasetIds,
            @QueryParam("datafileIds") String datafileIds, @QueryParam("zip") boolean zip,
            @QueryParam("compress") boolean compress, @QueryParam("outname") String outname,
            @HeaderParam("Range") String range) throws IdsException {
        long offset = IdsParams.offset(range);
        Download download;
        boolean bySession = preparedId == null;
        if (!bySession) {
            PreparedData prepared = service.prepared(IdsParams.uuid("preparedId", preparedId));
            catalogue.requireStillExist(prepared.selection().datafileIds());
            download = service.openDownload(preparedId, offset);
        } else {
            IdsParams.uuid("sessionId", sessionId);
            Ids ids = Ids.of(investigationIds, datasetIds, datafileIds);
            download = service.openDownload(resolve(sessionId, ids), zip || ids.mustZip(), compress, offset);
        }
        Response.ResponseBuilder response = Response.status(offset > 0 ? 206 : 200)
                .type(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(download, outname) + "\"")
                .header("Accept-Ranges", "bytes")
                .entity((StreamingOutput) download::writeTo);
        if (bySession) {
            download.contentLength().ifPresent(length -> response.header("Content-Length", length));
        }
        return response.build();
    }

    /** Contract 1.4.4: the name in Content-Disposition. */
    static String fileName(Download download, String outname) {
        if (!download.zipped()) {
            return outname != null ? outname : download.fileName();
        }
        if (outname == null) {
            return LocalDateTime.now().format(ZIP_NAME) + ".zip";
        }
        int dot = outname.lastIndexOf('.');
        return dot >= 0 && outname.substring(dot + 1).equals("zip") ? outname : outname + ".zip";
    }

    @GET
    @Path("getDatafileIds")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject getDatafileIds(@QueryParam("preparedId") String preparedId,
            @QueryParam("sessionId") String sessionId, @QueryParam("investigationIds") String investigationIds,
            @QueryParam("datasetIds") String datasetIds, @QueryParam("datafileIds") String datafileIds)
            throws IdsException {
        JsonObjectBuilder json = Json.createObjectBuilder();
        DataSelection selection;
        if (preparedId != null) {
            PreparedData prepared = service.prepared(IdsParams.uuid("preparedId", preparedId));
            json.add("zip", prepared.zip()).add("compress", prepared.compress());
            selection = prepared.selection();
        } else {
            IdsParams.uuid("sessionId", sessionId);
            selection = resolve(sessionId, Ids.of(investigationIds, datasetIds, datafileIds));
        }
        JsonArrayBuilder ids = Json.createArrayBuilder();
        selection.datafileIds().forEach(ids::add);
        return json.add("ids", ids).build();
    }

    @GET
    @Path("getSize")
    @Produces(MediaType.TEXT_PLAIN)
    public String getSize(@QueryParam("preparedId") String preparedId, @QueryParam("sessionId") String sessionId,
            @QueryParam("investigationIds") String investigationIds, @QueryParam("datasetIds") String datasetIds,
            @QueryParam("datafileIds") String datafileIds) throws IdsException {
        if (preparedId != null) {
            return Long.toString(service.size(service.prepared(IdsParams.uuid("preparedId", preparedId)).selection()));
        }
        IdsParams.uuid("sessionId", sessionId);
        return Long.toString(service.size(resolve(sessionId, Ids.of(investigationIds, datasetIds, datafileIds))));
    }

    @GET
    @Path("getServiceStatus")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject getServiceStatus(@QueryParam("sessionId") String sessionId) throws IdsException {
        String user = catalogue.userName(IdsParams.uuid("sessionId", sessionId));
        if (!settings.rootUsers().contains(user)) {
            throw new InsufficientPrivilegesException(user + " is not included in the ids rootUserNames set.");
        }
        ServiceStatus status = service.serviceStatus();
        JsonArrayBuilder ops = Json.createArrayBuilder();
        status.opsQueue().forEach(op -> ops.add(Json.createObjectBuilder().add("data", op.data())
                .add("request", op.request())));
        JsonArrayBuilder locks = Json.createArrayBuilder();
        status.locks().forEach(lock -> locks.add(Json.createObjectBuilder().add("id", lock.datasetId())
                .add("type", lock.type().name()).add("count", lock.count())));
        JsonArrayBuilder failures = Json.createArrayBuilder();
        status.failures().forEach(failures::add);
        return Json.createObjectBuilder().add("opsQueue", ops).add("lockCount", status.lockCount())
                .add("locks", locks).add("failures", failures).build();
    }

    @POST
    @Path("restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@FormParam("sessionId") String sessionId,
            @FormParam("investigationIds") String investigationIds, @FormParam("datasetIds") String datasetIds,
            @FormParam("datafileIds") String datafileIds) throws IdsException {
        DataSelection selection = twoLevelSelection(sessionId, investigationIds, datasetIds, datafileIds);
        service.restore(selection);
        return Response.noContent().build();
    }

    @POST
    @Path("archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@FormParam("sessionId") String sessionId,
            @FormParam("investigationIds") String investigationIds, @FormParam("datasetIds") String datasetIds,
            @FormParam("datafileIds") String datafileIds) throws IdsException {
        DataSelection selection = twoLevelSelection(sessionId, investigationIds, datasetIds, datafileIds);
        service.archive(selection);
        return Response.noContent().build();
    }

    @POST
    @Path("write")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response write(@FormParam("sessionId") String sessionId,
            @FormParam("investigationIds") String investigationIds, @FormParam("datasetIds") String datasetIds,
            @FormParam("datafileIds") String datafileIds) throws IdsException {
        if (settings.readOnly()) {
            throw new NotImplementedException("This operation has been configured to be unavailable");
        }
        DataSelection selection = twoLevelSelection(sessionId, investigationIds, datasetIds, datafileIds);
        service.write(selection);
        return Response.noContent().build();
    }

    private DataSelection twoLevelSelection(String sessionId, String investigationIds, String datasetIds,
            String datafileIds) throws IdsException {
        IdsParams.uuid("sessionId", sessionId);
        Ids ids = Ids.of(investigationIds, datasetIds, datafileIds);
        if (!service.isTwoLevel()) {
            throw new NotImplementedException("This operation is unavailable for single level storage");
        }
        return resolve(sessionId, ids);
    }

    @POST
    @Path("reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(@FormParam("preparedId") String preparedId, @FormParam("sessionId") String sessionId,
            @FormParam("investigationIds") String investigationIds, @FormParam("datasetIds") String datasetIds,
            @FormParam("datafileIds") String datafileIds) throws IdsException {
        if (preparedId != null) {
            service.reset(IdsParams.uuid("preparedId", preparedId));
        } else {
            IdsParams.uuid("sessionId", sessionId);
            service.reset(resolve(sessionId, Ids.of(investigationIds, datasetIds, datafileIds)));
        }
        return Response.noContent().build();
    }

    @PUT
    @Path("put")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response put(InputStream body, @QueryParam("sessionId") String sessionId, @QueryParam("name") String name,
            @QueryParam("datafileFormatId") String datafileFormatId, @QueryParam("datasetId") String datasetId,
            @QueryParam("description") String description, @QueryParam("doi") String doi,
            @QueryParam("datafileCreateTime") String datafileCreateTime,
            @QueryParam("datafileModTime") String datafileModTime) throws IdsException {
        requireWritable();
        IdsParams.uuid("sessionId", sessionId);
        if (name == null) {
            throw new org.beamcat.ids.error.BadRequestException("The name parameter must be set");
        }
        long formatId = IdsParams.requiredLong("datafileFormatId", datafileFormatId);
        long dsId = IdsParams.requiredLong("datasetId", datasetId);
        Long createTime = IdsParams.optionalLong("datafileCreateTime", datafileCreateTime);
        Long modTime = IdsParams.optionalLong("datafileModTime", datafileModTime);

        IcatAccess.PutTarget target = catalogue.putTarget(sessionId, dsId, formatId);
        StoredFile stored = service.put(target.dataset(), target.hasDatafiles(), name, body);
        long dfId;
        try {
            dfId = catalogue.createDatafile(sessionId, new IcatAccess.NewDatafile(dsId, formatId, name,
                    stored.location(), stored.size(), stored.checksum(), description, doi, createTime, modTime));
        } catch (IdsException | RuntimeException e) {
            service.discard(stored);
            throw e;
        }
        service.registered(target.dataset(), new DfInfo(dfId, name, stored.location(), null, null, dsId,
                stored.size(), stored.checksum()));
        JsonObject json = Json.createObjectBuilder().add("id", dfId).add("checksum", stored.crc32())
                .add("location", stored.location()).add("size", stored.size()).build();
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
    }

    @DELETE
    @Path("delete")
    public Response delete(@QueryParam("sessionId") String sessionId,
            @QueryParam("investigationIds") String investigationIds, @QueryParam("datasetIds") String datasetIds,
            @QueryParam("datafileIds") String datafileIds) throws IdsException {
        requireWritable();
        IdsParams.uuid("sessionId", sessionId);
        DataSelection selection = resolve(sessionId, Ids.of(investigationIds, datasetIds, datafileIds));
        try (DataSelectionService.Deletion deletion = service.beginDelete(selection)) {
            catalogue.deleteDatafiles(sessionId, selection.datafileIds());
            deletion.commit(catalogue.unsharedLocations(sessionId,
                    selection.datafiles().stream().map(DfInfo::dfLocation).toList()));
        }
        return Response.noContent().build();
    }

    private void requireWritable() throws NotImplementedException {
        if (settings.readOnly()) {
            throw new NotImplementedException("This operation has been configured to be unavailable");
        }
    }
}
