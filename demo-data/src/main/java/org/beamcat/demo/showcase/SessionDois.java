package org.beamcat.demo.showcase;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;

/** The DOI service as the showcase sees it: an investigation's stored DOI, and a run of the DOI job. */
public interface SessionDois {

    /** What one run of the DOI job answered: DOIs minted, failure messages. */
    record MintRun(List<String> minted, List<String> failed) {
    }

    Optional<String> doiOf(long investigationId) throws IcatException;

    /** {@code POST /doi/admin/mint-sessions}: mints a DOI for every ended session that has none. */
    MintRun mintEndedSessions() throws IOException;

    /** The DOI's landing page on this server and the HTTP status it answers a browser with. */
    record LandingPage(String url, int status) {
    }

    LandingPage landingPage(String doi) throws IOException;
}
