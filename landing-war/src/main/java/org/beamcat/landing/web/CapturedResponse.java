package org.beamcat.landing.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response that keeps the body a forward writes (for {@link RenderedPages}) instead of sending it; status
 * and headers still go to the real response. {@link #sendTo} then sends the kept body. An error sent while
 * rendering goes out as usual and nothing is kept.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean errorSent;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a captured page is written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        errorSent = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        errorSent = true;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        errorSent = true;
        super.sendRedirect(location);
    }

    @Override
    public void setContentLength(int length) {
        // the length of the kept body is set when it is sent
    }

    @Override
    public void setContentLengthLong(long length) {
        // as above
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return errorSent || super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        flushBuffer();
        body.reset();
    }

    @Override
    public void reset() {
        resetBuffer();
        super.reset();
    }

    /** The page as rendered, or null when an error or a redirect went out instead. */
    RenderedPages.Page page() {
        if (errorSent) {
            return null;
        }
        flushBuffer();
        return new RenderedPages.Page(getStatus(), getContentType(), body.toByteArray());
    }

    /** Sends a page (kept now or earlier) on a response nothing was written to yet. */
    static void sendTo(HttpServletResponse response, RenderedPages.Page page) throws IOException {
        response.setStatus(page.status());
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
