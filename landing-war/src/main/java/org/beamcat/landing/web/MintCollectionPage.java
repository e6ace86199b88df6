package org.beamcat.landing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
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
import org.beamcat.landing.collections.CollectionCatalogue.DatasetChoice;
import org.beamcat.landing.collections.CollectionCatalogue.InvestigationChoice;
import org.beamcat.landing.collections.CollectionCatalogue;
import org.beamcat.landing.collections.CollectionMinting;
import org.beamcat.landing.collections.CollectionRequest;
import org.beamcat.landing.collections.Creator;
import org.beamcat.landing.collections.DatasetSelection;
import org.beamcat.landing.collections.FieldProblem;
import org.beamcat.landing.collections.ProposedSelection;
import org.beamcat.landing.doi.validation.InvalidDoiMetadataException;
import org.beamcat.landing.registrar.RegistrarException;

/**
 * Backs {@code /doi/mint-collection.xhtml}: catalogue login, choice of an investigation the user is a
 * member of, its datasets in pages (with a name filter; the selection is kept over pages, on the server),
 * and the DOI's title, abstract and authors. Every button is a plain form
 * submit, so the page works without JavaScript; Faces' view state makes the posts CSRF-safe. The edge
 * only converts the form and shows problems: {@link DatasetSelection} keeps the selection and
 * {@link CollectionMinting} decides.
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
    private String datasetFilter = "";
    private String investigationFilter = "";
    private boolean moreInvestigations;
    // The investigation whose datasets are listed, the page shown and the selection over every page.
    private final DatasetSelection selection = new DatasetSelection(CollectionCatalogue.DATASET_PAGE);
    private String title = "";
    private String abstractText = "";
    private final List<CreatorRow> authors = new ArrayList<>(List.of(new CreatorRow()));
    private final Map<String, String> errors = new HashMap<>();
    private String mintedDoi;
    private String pendingMessage;
    // What the link proposed (?investigation=&datasets=, the portal's cart), applied once the user is logged in.
    private ProposedSelection proposal;
    private boolean proposalApplied;

    @PostConstruct
    void readProposal() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        proposal = ProposedSelection.parse(parameters.get("investigation"), parameters.get("datasets")).orElse(null);
        if (proposal != null && isLoggedIn()) {
            applyProposal();
        }
    }

    /** Chooses the proposed investigation (membership checked as for a choice) and ticks the proposed datasets. */
    private void applyProposal() {
        ProposedSelection proposed = proposal;
        proposal = null;
        investigationId = Long.toString(proposed.investigationId());
        chooseInvestigation();
        if (errors.isEmpty() && selection.isListed()) {
            selection.preselect(proposed.datasetIds());
            proposalApplied = true;
        }
    }

    /** Whether the datasets a link proposed (the portal's cart) are the selection shown. */
    public boolean isProposalApplied() {
        return proposalApplied;
    }

    public String logIn() {
        errors.clear();
        try {
            login.login(plugin.strip(), username.strip(), password);
            investigations = null;
            if (proposal != null) {
                applyProposal();
            }
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
        selection.forget();
        investigationId = "";
        return null;
    }

    /** "Find": lists the investigations whose name contains the filter (for users with more than fit in the list). */
    public String filterInvestigations() {
        errors.clear();
        selection.forget();
        investigations = null;
        investigationId = "";
        return null;
    }

    public String getInvestigationFilter() {
        return investigationFilter;
    }

    public void setInvestigationFilter(String investigationFilter) {
        this.investigationFilter = investigationFilter == null ? "" : investigationFilter.strip();
    }

    public int getInvestigationPageSize() {
        return CollectionCatalogue.PAGE;
    }

    /** Whether more investigations match than the list shows (narrow with the filter). */
    public boolean isMoreInvestigations() {
        getInvestigations();
        return moreInvestigations;
    }

    /** "Show datasets": lists the chosen investigation's datasets (a member's or root's only), a new selection. */
    public String chooseInvestigation() {
        errors.clear();
        selection.forget();
        Optional<Long> chosen = DatasetSelection.parse(investigationId);
        if (chosen.isEmpty()) {
            errors.put("investigation", "Choose the investigation the datasets come from.");
            return null;
        }
        if (getInvestigations().stream().noneMatch(i -> i.id() == chosen.get())) {
            errors.put("investigation", "You are not a member of this investigation.");
            return null;
        }
        datasetFilter = "";
        return datasets(pages -> selection.list(chosen.get(), pages));
    }

    /** "Filter": the datasets whose name contains the text, from the first page; the selection is kept. */
    public String filterDatasets() {
        return listedDatasets(pages -> selection.filter(pages, datasetFilter));
    }

    public String nextDatasets() {
        return listedDatasets(selection::next);
    }

    public String previousDatasets() {
        return listedDatasets(selection::previous);
    }

    /** Ticks every dataset of the page shown (added to the selection). */
    public String selectPage() {
        errors.clear();
        selection.selectPage();
        return null;
    }

    public String clearSelection() {
        errors.clear();
        selection.clear();
        return null;
    }

    /** A move in the dataset list, with the user's own session (the catalogue's rules decide what they see). */
    private interface DatasetMove {
        void run(DatasetSelection.Pages pages) throws IcatException;
    }

    private String listedDatasets(DatasetMove move) {
        if (!selection.isListed()) {
            errors.clear();
            errors.put("investigation", "Choose the investigation the datasets come from.");
            return null;
        }
        return datasets(move);
    }

    private String datasets(DatasetMove move) {
        errors.clear();
        Optional<String> sessionId = login.sessionId();
        if (sessionId.isEmpty()) {
            errors.put("investigation", "Choose the investigation the datasets come from.");
            return null;
        }
        try {
            move.run((investigation, filter, offset) -> catalogue.datasetsOf(sessionId.get(), investigation, filter,
                    offset));
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
        CollectionRequest request = new CollectionRequest(DatasetSelection.parse(investigationId), selection.selected(), title,
                abstractText, rows);
        try {
            // The login's user was checked with the catalogue; the session must still be alive to go on.
            String sessionId = login.sessionId().orElseThrow();
            catalogue.userOf(sessionId);
            CollectionMinting.Outcome outcome = minting.submit(user.get(), sessionId, request, rows);
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

    public boolean isLoggedIn() {
        return login.userName().isPresent();
    }

    public String getUserName() {
        return login.userName().orElse("");
    }

    public List<InvestigationChoice> getInvestigations() {
        if (investigations == null) {
            try {
                CollectionCatalogue.InvestigationChoices found = login.userName().isEmpty()
                        ? new CollectionCatalogue.InvestigationChoices(List.of(), false)
                        : catalogue.investigationsOf(login.userName().get(), investigationFilter);
                investigations = found.choices();
                moreInvestigations = found.more();
            } catch (IcatException e) {
                catalogueFailed(e);
                return List.of();
            }
        }
        return investigations;
    }

    public List<DatasetChoice> getDatasets() {
        return selection.shown();
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

    public boolean isDatasetsListed() {
        return selection.isListed();
    }

    public int getDatasetPage() {
        return selection.page();
    }

    public int getDatasetPageCount() {
        return selection.pageCount();
    }

    public long getDatasetTotal() {
        return selection.total();
    }

    public boolean isPreviousDatasets() {
        return selection.hasPrevious();
    }

    public boolean isMoreDatasets() {
        return selection.hasMore();
    }

    /** How many datasets are selected over all pages. */
    public int getSelectedCount() {
        return selection.selectedCount();
    }

    public String getAppliedFilter() {
        return selection.appliedFilter();
    }

    public String getDatasetFilter() {
        return datasetFilter;
    }

    public void setDatasetFilter(String datasetFilter) {
        this.datasetFilter = datasetFilter == null ? "" : datasetFilter;
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
        return selection.boxes();
    }

    public void setSelectedDatasets(List<Object> selectedDatasets) {
        selection.setBoxes(selectedDatasets);
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
