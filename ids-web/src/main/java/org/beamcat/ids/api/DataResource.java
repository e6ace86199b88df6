package org.beamcat.ids.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BeanParam;
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
import org.beamcat.ids.config.IdsSettings;
import org.beamcat.ids.core.DataSelection;
import org.beamcat.ids.core.Download;
import org.beamcat.ids.core.PreparedData;
import org.beamcat.ids.core.ServiceStatus;
import org.beamcat.ids.core.StoredFile;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.NotImplementedException;
import org.beamcat.ids.usecase.ArchiveRequests;
import org.beamcat.ids.usecase.Deletions;
import org.beamcat.ids.usecase.Downloads;
import org.beamcat.ids.usecase.SelectionIds;
import org.beamcat.ids.usecase.ServiceAdmin;
import org.beamcat.ids.usecase.Uploads;
import org.beamcat.ids.usecase.Uploads.PutRequest;
import org.beamcat.ids.usecase.Uploads.PutResult;

/**
 * The data calls of the IDS (contract 1.3–1.4): parse and check the parameters in the order ids.server checks
 * them, convert them, and delegate to the use cases ({@link Downloads}, {@link ArchiveRequests},
 * {@link Uploads}, {@link Deletions}, {@link ServiceAdmin}), which ask the catalogue (the access decision)
 * and the storage.
 */
@Path("")
public class DataResource {

    private static final DateTimeFormatter ZIP_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    @Inject
    IdsSettings settings;

    @Inject
    Downloads downloads;

    @Inject
    ArchiveRequests archiveRequests;

    @Inject
    Uploads uploads;

    @Inject
    Deletions deletions;

    @Inject
    ServiceAdmin serviceAdmin;

    @GET
    @Path("getStatus")
    @Produces(MediaType.TEXT_PLAIN)
    public String getStatus(@BeanParam QuerySelection params) throws IdsException {
        return status(params);
    }

    /** getStatus with the selection in a form body: for id lists too long for a URL (a BeamCat extension). */
    @POST
    @Path("getStatus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public String postStatus(@BeanParam FormSelection params) throws IdsException {
        return status(params);
    }

    private String status(SelectionParams params) throws IdsException {
        if (params.byPreparedId()) {
            return downloads.status(params.checkedPreparedId()).name();
        }
        SelectionIds ids = params.ids(settings.maxIdsPerRequest()); // the id lists before the session, as ids.server does
        return downloads.status(params.sessionId == null ? null : params.checkedSessionId(), ids).name();
    }

    @GET
    @Path("isPrepared")
    @Produces(MediaType.TEXT_PLAIN)
    public String isPrepared(@QueryParam("preparedId") String preparedId) throws IdsException {
        return Boolean.toString(downloads.isPrepared(IdsParams.uuid("preparedId", preparedId)));
    }

    @POST
    @Path("prepareData")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public String prepareData(@BeanParam FormSelection params, @FormParam("zip") boolean zip,
            @FormParam("compress") boolean compress) throws IdsException {
        String sessionId = params.checkedSessionId();
        return downloads.prepare(sessionId, params.ids(settings.maxIdsPerRequest()), zip, compress);
    }

    @GET
    @Path("getData")
    public Response getData(@BeanParam QuerySelection params, @QueryParam("zip") boolean zip,
            @QueryParam("compress") boolean compress, @QueryParam("outname") String outname,
            @HeaderParam("Range") String range) throws IdsException {
        return data(params, zip, compress, outname, range);
    }

    /** getData with the selection in a form body: for id lists too long for a URL (a BeamCat extension). */
    @POST
    @Path("getData")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response postData(@BeanParam FormSelection params, @FormParam("zip") boolean zip,
            @FormParam("compress") boolean compress, @FormParam("outname") String outname,
            @HeaderParam("Range") String range) throws IdsException {
        return data(params, zip, compress, outname, range);
    }

    private Response data(SelectionParams params, boolean zip, boolean compress, String outname, String range)
            throws IdsException {
        long offset = IdsParams.offset(range);
        Download download;
        boolean bySession = !params.byPreparedId();
        if (!bySession) {
            download = downloads.open(params.checkedPreparedId(), offset);
        } else {
            String sessionId = params.checkedSessionId();
            download = downloads.open(sessionId, params.ids(settings.maxIdsPerRequest()), zip, compress, offset);
        }
        Response.ResponseBuilder response = Response.status(offset > 0 ? 206 : 200)
                .type(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", AttachmentName.header(fileName(download, outname)))
                .header("Accept-Ranges", "bytes")
                .entity((StreamingOutput) download::writeTo);
        if (bySession) {
            download.contentLength().ifPresent(length -> response.header("Content-Length", length));
        }
        return response.build();
    }

    /**
     * Contract 1.4.4: the name in Content-Disposition, made safe ({@link AttachmentName}): a zip is named
     * {@code outname} (with {@code .zip} added unless it ends so) or by the time; a single file by
     * {@code outname} or by the datafile's name.
     */
    static String fileName(Download download, String outname) {
        String wanted = AttachmentName.safe(outname);
        if (!download.zipped()) {
            String name = wanted != null ? wanted : AttachmentName.safe(download.fileName());
            return name != null ? name : "datafile";
        }
        if (wanted == null) {
            return LocalDateTime.now().format(ZIP_NAME) + ".zip";
        }
        int dot = wanted.lastIndexOf('.');
        return dot >= 0 && wanted.substring(dot + 1).equals("zip") ? wanted : wanted + ".zip";
    }

    @GET
    @Path("getDatafileIds")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject getDatafileIds(@BeanParam QuerySelection params) throws IdsException {
        return datafileIds(params);
    }

    /** getDatafileIds with the selection in a form body (a BeamCat extension). */
    @POST
    @Path("getDatafileIds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject postDatafileIds(@BeanParam FormSelection params) throws IdsException {
        return datafileIds(params);
    }

    private JsonObject datafileIds(SelectionParams params) throws IdsException {
        JsonObjectBuilder json = Json.createObjectBuilder();
        DataSelection selection;
        if (params.byPreparedId()) {
            PreparedData prepared = downloads.prepared(params.checkedPreparedId());
            json.add("zip", prepared.zip()).add("compress", prepared.compress());
            selection = prepared.selection();
        } else {
            selection = selection(params);
        }
        JsonArrayBuilder ids = Json.createArrayBuilder();
        selection.datafileIds().forEach(ids::add);
        return json.add("ids", ids).build();
    }

    @GET
    @Path("getSize")
    @Produces(MediaType.TEXT_PLAIN)
    public String getSize(@BeanParam QuerySelection params) throws IdsException {
        return size(params);
    }

    /** getSize with the selection in a form body (a BeamCat extension). */
    @POST
    @Path("getSize")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public String postSize(@BeanParam FormSelection params) throws IdsException {
        return size(params);
    }

    private String size(SelectionParams params) throws IdsException {
        DataSelection selection = params.byPreparedId()
                ? downloads.prepared(params.checkedPreparedId()).selection()
                : selection(params);
        return Long.toString(Downloads.size(selection));
    }

    @GET
    @Path("getServiceStatus")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject getServiceStatus(@QueryParam("sessionId") String sessionId) throws IdsException {
        ServiceStatus status = serviceAdmin.serviceStatus(IdsParams.uuid("sessionId", sessionId));
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
    public Response restore(@BeanParam FormSelection params) throws IdsException {
        String sessionId = params.checkedSessionId();
        archiveRequests.restore(sessionId, params.ids(settings.maxIdsPerRequest()));
        return Response.noContent().build();
    }

    @POST
    @Path("archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@BeanParam FormSelection params) throws IdsException {
        String sessionId = params.checkedSessionId();
        archiveRequests.archive(sessionId, params.ids(settings.maxIdsPerRequest()));
        return Response.noContent().build();
    }

    @POST
    @Path("write")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response write(@BeanParam FormSelection params) throws IdsException {
        requireWritable();
        String sessionId = params.checkedSessionId();
        archiveRequests.write(sessionId, params.ids(settings.maxIdsPerRequest()));
        return Response.noContent().build();
    }

    @POST
    @Path("reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(@BeanParam FormSelection params) throws IdsException {
        if (params.byPreparedId()) {
            archiveRequests.reset(params.checkedPreparedId());
        } else {
            String sessionId = params.checkedSessionId();
            archiveRequests.reset(sessionId, params.ids(settings.maxIdsPerRequest()));
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
        IdsParams.text("name", name);
        IdsParams.text("description", description);
        IdsParams.text("doi", doi);
        long formatId = IdsParams.requiredLong("datafileFormatId", datafileFormatId);
        long dsId = IdsParams.requiredLong("datasetId", datasetId);
        Long createTime = IdsParams.optionalTime("datafileCreateTime", datafileCreateTime);
        Long modTime = IdsParams.optionalTime("datafileModTime", datafileModTime);

        PutResult result = uploads.put(new PutRequest(sessionId, dsId, formatId, name, description, doi, createTime,
                modTime), body);
        StoredFile stored = result.stored();
        JsonObject json = Json.createObjectBuilder().add("id", result.datafileId()).add("checksum", stored.crc32())
                .add("location", stored.location()).add("size", stored.size()).build();
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
    }

    @DELETE
    @Path("delete")
    public Response delete(@BeanParam QuerySelection params) throws IdsException {
        requireWritable();
        String sessionId = params.checkedSessionId();
        deletions.delete(sessionId, params.ids(settings.maxIdsPerRequest()));
        return Response.noContent().build();
    }

    /** Checks the sessionId and the id lists, then asks which datafiles the session may read among them. */
    private DataSelection selection(SelectionParams params) throws IdsException {
        String sessionId = params.checkedSessionId();
        return downloads.selection(sessionId, params.ids(settings.maxIdsPerRequest()));
    }

    private void requireWritable() throws NotImplementedException {
        if (settings.readOnly()) {
            throw new NotImplementedException("This operation has been configured to be unavailable");
        }
    }
}
