package org.beamcat.support.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of a BeamCat web module, for what the servlet container refuses before JAX-RS sees the
 * request (a path under WEB-INF or META-INF, a malformed URL, a failure outside the application): the
 * module's JSON error contract and an {@code X-Request-Id}, instead of Payara's HTML page, which names the
 * server and its version. One class for every module; each declares it in its web.xml with its dialect:
 *
 * <pre>{@code
 * <servlet>
 *   <servlet-name>container-errors</servlet-name>
 *   <servlet-class>org.beamcat.support.web.ContainerErrorServlet</servlet-class>
 *   <init-param><param-name>dialect</param-name><param-value>ICAT</param-value></init-param>   <!-- or IDS -->
 *   <init-param><param-name>api</param-name><param-value>/ingest</param-value></init-param>
 * </servlet>
 * <servlet-mapping><servlet-name>container-errors</servlet-name><url-pattern>/.error</url-pattern></servlet-mapping>
 * <error-page><location>/.error</location></error-page>
 * }</pre>
 *
 * <p>Called directly (no error status), it answers as for an unknown path: 404 in the ICAT and HTML dialects,
 * 501 ("not implemented", as the IDS answers any unknown call) in the IDS dialect.
 *
 * <p>Web pages for people (landing-war, the portal) take the {@code HTML} dialect: a themed page
 * ({@link HtmlErrorPage}) named after the init-param {@code site}. Their web.xml maps every status and
 * {@code java.lang.Throwable} to it (docs/web-theme.md); a Faces form posted after its view expired
 * gets "This page has expired" (400) with a link to open the page again, instead of a 500.
 */
public class ContainerErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The error shapes of BeamCat's APIs. */
    public enum Dialect {
        /** {@code /icat}, {@code /ingest}, {@code /doi/admin}: ICAT error codes. */
        ICAT(404),
        /** {@code /ids}: ids.server's exception names, and CORS open as the IDS answers. */
        IDS(501),
        /** Pages for people: an HTML page in the web theme, no JSON. */
        HTML(404);

        private final int directStatus;

        Dialect(int directStatus) {
            this.directStatus = directStatus;
        }
    }

    private static final Logger LOG = Logger.getLogger(ContainerErrorServlet.class.getName());

    private Dialect dialect = Dialect.ICAT;
    private String api = "";
    private String site = "BeamCat";

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        String name = config.getInitParameter("dialect");
        try {
            dialect = name == null ? Dialect.ICAT : Dialect.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new ServletException("init-param dialect: expected ICAT, IDS or HTML, got '" + name + "'");
        }
        String siteName = config.getInitParameter("site");
        site = siteName == null || siteName.isBlank() ? site : siteName.strip();
        String context = config.getInitParameter("api");
        api = context == null ? config.getServletContext().getContextPath() : context.strip();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = status(dialect, code);
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        String requestId = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        response.setHeader(RequestIds.HEADER, requestId);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (dialect == Dialect.HTML) {
            servePage(request, response, status, requestId);
            return;
        }
        response.setStatus(status);
        response.setContentType("application/json");
        if (dialect == Dialect.IDS) {
            response.setHeader("Access-Control-Allow-Origin", "*");
        }
        response.getWriter().write(body(dialect, status, api).toString());
    }

    private void servePage(HttpServletRequest request, HttpServletResponse response, int status, String requestId)
            throws IOException {
        Throwable failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        boolean expired = viewExpired(failure);
        if (failure != null && !expired) {
            LOG.log(Level.SEVERE, "Unexpected failure [request " + requestId + "]", failure);
        }
        String again = expired && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + "/") ? uri : null;
        response.setStatus(expired ? 400 : status);
        response.setContentType("text/html");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(HtmlErrorPage.render(site, request.getContextPath(), expired ? 400 : status, expired,
                again, requestId));
    }

    /** Whether the failure is (or was caused by) Faces' ViewExpiredException: a stale form, not a server fault. By
     * name, so that modules without Faces never load it. */
    static boolean viewExpired(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals("jakarta.faces.application.ViewExpiredException")) {
                return true;
            }
        }
        return false;
    }

    /** The status answered: the container's error status, or the dialect's answer to a direct call. */
    static int status(Dialect dialect, Object errorStatus) {
        return errorStatus instanceof Integer number && number >= 400 && number <= 599 ? number : dialect.directStatus;
    }

    /** {@code {"code": …, "message": …}} in the dialect; never a class name of ours or a stack trace. */
    static JsonObject body(Dialect dialect, int status, String api) {
        return switch (dialect) {
            case HTML -> throw new IllegalArgumentException("the HTML dialect answers with a page, not JSON");
            case ICAT -> Json.createObjectBuilder().add("code", icatCode(status)).add("message",
                    status >= 500 ? "the server could not handle the request"
                    : status == 404 ? "no such resource under " + api : "request refused (HTTP " + status + ")")
                    .build();
            case IDS -> Json.createObjectBuilder().add("code", switch (status) {
                case 403 -> "InsufficientPrivilegesException";
                case 404 -> "NotFoundException";
                case 501 -> "NOT_IMPLEMENTED";
                default -> status < 500 ? "BadRequestException" : "InternalException";
            }).add("message", switch (status) {
                case 404 -> "There is nothing at this path";
                case 501 -> "Operation not implemented by this IDS server.";
                default -> status < 500 ? "The request is refused (HTTP " + status + ")"
                        : "Unexpected server error (HTTP " + status + ")";
            }).build();
        };
    }

    /** The ICAT error code for an HTTP status the container or the JAX-RS runtime chose. */
    public static String icatCode(int status) {
        return switch (status) {
            case 401 -> "SESSION";
            case 403 -> "INSUFFICIENT_PRIVILEGES";
            case 404 -> "NO_SUCH_OBJECT_FOUND";
            case 405, 501 -> "NOT_IMPLEMENTED";
            default -> status >= 500 ? "INTERNAL" : "BAD_PARAMETER";
        };
    }
}
