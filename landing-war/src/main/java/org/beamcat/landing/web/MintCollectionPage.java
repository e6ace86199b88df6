package org.beamcat.landing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.collections.CollectionCatalogue;
import org.beamcat.landing.collections.CollectionCatalogue.DatasetChoice;
import org.beamcat.landing.collections.CollectionCatalogue.InvestigationChoice;
import org.beamcat.landing.collections.CollectionMinting;
import org.beamcat.landing.collections.CollectionRequest;
import org.beamcat.landing.collections.Creator;
import org.beamcat.landing.collections.FieldProblem;
import org.beamcat.landing.registrar.RegistrarException;
import org.beamcat.landing.registrar.validation.InvalidDoiMetadataException;

/**
 * Backs {@code /doi/mint-collection.xhtml}: catalogue login, choice of an investigation the user is a
 * member of, its datasets, and the DOI's title, abstract and authors. Every button is a plain form
 * submit, so the page works without JavaScript; Faces' view state makes the posts CSRF-safe. The edge
 * only converts the form and shows problems; {@link CollectionMinting} decides.
 */
@Named
@ViewScoped
public class MintCollectionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MintCollectionPage.class.getName());

    @Inject
    CatalogueLogin login;

    @Inject
    CollectionCatalogue catalogue;

    @Inject
    CollectionMinting minting;

    private String plugin = "simple";
    private String username = "";
    private String password = "";
    private String investigationId = "";
    private List<InvestigationChoice> investigations;
    private List<DatasetChoice> datasets = List.of();
    // Faces fills this list with the item values' type (Long ids), whatever the declared element type.
    private List<Object> selectedDatasets = new ArrayList<>();
    private String title = "";
    private String abstractText = "";
    private final List<CreatorRow> authors = new ArrayList<>(List.of(new CreatorRow()));
    private final Map<String, String> errors = new HashMap<>();
    private String mintedDoi;
    private String pendingMessage;

    public String logIn() {
        errors.clear();
        try {
            login.login(plugin.strip(), username.strip(), password);
            investigations = null;
        } catch (IcatException e) {
            errors.put("login", e.type() == IcatErrorType.SESSION
                    ? "The catalogue refused these credentials." : "The catalogue could not be reached: " + e.getMessage());
        } finally {
            password = "";
        }
        return null;
    }

    public String logOut() {
        login.logout();
        investigations = null;
        datasets = List.of();
        selectedDatasets = new ArrayList<>();
        investigationId = "";
        return null;
    }

    /** "Show datasets": loads the chosen investigation's datasets (a member's or root's only). */
    public String chooseInvestigation() {
        errors.clear();
        selectedDatasets = new ArrayList<>();
        datasets = List.of();
        Optional<Long> chosen = parse(investigationId);
        if (chosen.isEmpty()) {
            errors.put("investigation", "Choose the investigation the datasets come from.");
            return null;
        }
        if (getInvestigations().stream().noneMatch(i -> i.id() == chosen.get())) {
            errors.put("investigation", "You are not a member of this investigation.");
            return null;
        }
        try {
            datasets = catalogue.datasetsOf(chosen.get());
        } catch (IcatException e) {
            catalogueFailed(e);
        }
        return null;
    }

    public String addAuthor() {
        authors.add(new CreatorRow());
        return null;
    }

    public String submit() {
        errors.clear();
        Optional<String> user = login.userName();
        if (user.isEmpty()) {
            errors.put("login", "Log in first.");
            return null;
        }
        List<Creator> rows = authors.stream().map(CreatorRow::toCreator).toList();
        List<Long> ids = new ArrayList<>();
        for (Object id : selectedDatasets) {
            parse(String.valueOf(id)).ifPresent(ids::add);
        }
        CollectionRequest request = new CollectionRequest(parse(investigationId), ids, title, abstractText, rows);
        try {
            // The login's user was checked with the catalogue; the session must still be alive to go on.
            login.sessionId().orElseThrow();
            catalogue.userOf(login.sessionId().get());
            CollectionMinting.Outcome outcome = minting.submit(user.get(), request, rows);
            if (outcome instanceof CollectionMinting.Rejected rejected) {
                for (FieldProblem p : rejected.problems()) {
                    errors.merge(p.field(), p.message(), (a, b) -> a + " " + b);
                }
            } else if (outcome instanceof CollectionMinting.Minted minted) {
                mintedDoi = minted.doi().toString();
            } else if (outcome instanceof CollectionMinting.Pending pending) {
                mintedDoi = pending.doi().toString();
                pendingMessage = "The data collection is saved, but the DOI registration agency is unavailable ("
                        + pending.reason() + "). The DOI will be registered automatically when it is back.";
            }
        } catch (IcatException e) {
            catalogueFailed(e);
        } catch (RegistrarException | InvalidDoiMetadataException e) {
            LOG.log(Level.WARNING, "data-collection DOI refused", e);
            errors.put("form", "The DOI registration agency refused the DOI: " + e.getMessage());
        }
        return null;
    }

    private void catalogueFailed(IcatException e) {
        if (e.type() == IcatErrorType.SESSION) {
            login.expired();
            errors.put("login", "Your catalogue session has ended; log in again.");
        } else {
            LOG.log(Level.WARNING, "catalogue call failed on the data-collection page", e);
            errors.put("form", "The catalogue could not complete the request: " + e.getMessage());
        }
    }

    private static Optional<Long> parse(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean isLoggedIn() {
        return login.userName().isPresent();
    }

    public String getUserName() {
        return login.userName().orElse("");
    }

    public List<InvestigationChoice> getInvestigations() {
        if (investigations == null) {
            try {
                investigations = login.userName().isEmpty() ? List.of()
                        : catalogue.investigationsOf(login.userName().get());
            } catch (IcatException e) {
                catalogueFailed(e);
                return List.of();
            }
        }
        return investigations;
    }

    public List<DatasetChoice> getDatasets() {
        return datasets;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public String getMintedDoi() {
        return mintedDoi;
    }

    public String getPendingMessage() {
        return pendingMessage;
    }

    public List<CreatorRow> getAuthors() {
        return authors;
    }

    public int getDatasetLimit() {
        return CollectionCatalogue.PAGE;
    }

    public String getPlugin() {
        return plugin;
    }

    public void setPlugin(String plugin) {
        this.plugin = plugin == null ? "" : plugin;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public String getInvestigationId() {
        return investigationId;
    }

    public void setInvestigationId(String investigationId) {
        this.investigationId = investigationId == null ? "" : investigationId;
    }

    public List<Object> getSelectedDatasets() {
        return selectedDatasets;
    }

    public void setSelectedDatasets(List<Object> selectedDatasets) {
        this.selectedDatasets = selectedDatasets == null ? new ArrayList<>() : new ArrayList<>(selectedDatasets);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public void setAbstractText(String abstractText) {
        this.abstractText = abstractText == null ? "" : abstractText;
    }
}
