package org.beamcat.portal.downloads.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.beamcat.portal.web.NavigationLink;

/** "My downloads" in the header. */
@ApplicationScoped
public class DownloadsLink implements NavigationLink {

    @Override
    public String id() {
        return "nav-downloads";
    }

    @Override
    public String label() {
        return "My downloads";
    }

    @Override
    public String path() {
        return "/downloads.xhtml";
    }

    @Override
    public int order() {
        return 20;
    }
}
