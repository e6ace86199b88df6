package org.beamcat.portal.downloads.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.beamcat.portal.cart.web.FacesAnswers;
import org.beamcat.portal.cart.web.Who;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.downloads.Downloads;
import org.beamcat.portal.store.StoreFailure;
import org.beamcat.portal.web.Responses;
import org.beamcat.portal.web.UserSession;

/**
 * Backs {@code /downloads.xhtml}: the person's downloads with their states. Without JavaScript the page refreshes
 * itself while something is restoring (a meta refresh in a noscript); with it, {@code downloads.js} polls
 * {@code /downloads/status}.
 */
@Named
@RequestScoped
public class DownloadsPage {

    @Inject
    UserSession userSession;

    @Inject
    Downloads downloads;

    private List<DownloadRow> rows = List.of();

    public void load() {
        Optional<Caller> caller = Who.personal(userSession);
        if (caller.isEmpty()) {
            Responses.send(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            rows = downloads.statuses(caller.get().userName(), caller.get().sessionId()).stream().map(DownloadRow::of)
                    .toList();
        } catch (StoreFailure e) {
            FacesAnswers.unavailable(e);
        }
    }

    public List<DownloadRow> getRows() {
        return rows;
    }

    public boolean isAnyRestoring() {
        return rows.stream().anyMatch(DownloadRow::isRestoring);
    }
}
