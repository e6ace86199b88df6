package org.beamcat.icat.server.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.port.DumpExporter;
import org.beamcat.icat.server.port.DumpImporter;
import org.beamcat.icat.server.port.MultipartReader;
import org.beamcat.icat.server.port.PortParameters;
import org.beamcat.icat.server.port.PortService;
import org.beamcat.icat.server.session.SessionService;

/**
 * {@code port}: export the catalogue as an ICAT dump (GET, {@code json} in the query string) and import one (POST,
 * multipart: the {@code json} field, then the dump as a file part). Both stream: the export is written page by page
 * while the client reads, the import is read line by line from the request body.
 */
@Path("port")
public class PortResource {

    private static final Logger LOG = Logger.getLogger(PortResource.class.getName());
    private static final int MAX_JSON_BYTES = 65536;

    @Inject
    SessionService sessions;

    @EJB
    PortService port;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response export(@QueryParam("json") String json) throws IcatServerException {
        PortParameters parameters = PortParameters.forExport(json);
        Caller caller = sessions.caller(parameters.sessionId());
        Map<String, List<Long>> selected = parameters.query() == null ? null
                : port.selected(caller, parameters.query());
        if (selected != null && selected.isEmpty()) {
            return Response.noContent().build(); // ICAT 4.7: nothing to export
        }
        StreamingOutput body = out -> {
            try {
                DumpExporter exporter = new DumpExporter(port);
                if (selected == null) {
                    exporter.export(caller, parameters.allAttributes(), out);
                } else {
                    exporter.export(caller, parameters.allAttributes(), selected, out);
                }
            } catch (IcatServerException e) {
                // the status is sent already: cut the dump short, so the client sees a broken transfer
                LOG.log(Level.WARNING, "Export for " + caller.userName() + " failed: " + e.getMessage());
                throw new IOException("Export failed: " + e.getMessage(), e);
            }
        };
        return Response.ok(body, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"icat.export\"").build();
    }

    @POST
    public Response importDump(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body)
            throws IcatServerException {
        MultipartReader parts = MultipartReader.of(contentType, body).orElseThrow(() ->
                new IcatServerException(IcatErrorType.BAD_PARAMETER, "Multipart content expected"));
        String json = null;
        try {
            Optional<MultipartReader.Part> part;
            while ((part = parts.next()).isPresent()) {
                MultipartReader.Part current = part.get();
                if (!current.file()) {
                    if (!current.name().equals("json")) {
                        throw new IcatServerException(IcatErrorType.BAD_PARAMETER,
                                "Form field '" + current.name() + "' is not recognised");
                    }
                    json = text(current.body());
                    continue;
                }
                PortParameters parameters = PortParameters.forImport(json);
                Caller caller = sessions.caller(parameters.sessionId());
                BufferedReader dump = new BufferedReader(new InputStreamReader(current.body(),
                        StandardCharsets.UTF_8));
                long rows = new DumpImporter(port).importDump(caller, dump, parameters.duplicate(),
                        parameters.allAttributes());
                LOG.log(Level.INFO, "{0} imported {1} rows", new Object[] {caller.userName(), rows});
                return Response.noContent().build();
            }
        } catch (IOException e) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "The multipart body could not be read: "
                    + e.getMessage());
        }
        throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "No dump file found in the multipart body");
    }

    private static String text(InputStream in) throws IOException, IcatServerException {
        byte[] bytes = in.readNBytes(MAX_JSON_BYTES + 1);
        if (bytes.length > MAX_JSON_BYTES) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "json is longer than " + MAX_JSON_BYTES
                    + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
