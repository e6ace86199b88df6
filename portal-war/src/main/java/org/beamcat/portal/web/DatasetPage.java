package org.beamcat.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.beamcat.portal.browse.Browse;
import org.beamcat.portal.browse.InvalidParameter;
import org.beamcat.portal.browse.ListParameters;
import org.beamcat.portal.browse.NoSuchPage;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.catalogue.DatafileRow;
import org.beamcat.portal.catalogue.DatasetDetail;
import org.beamcat.portal.catalogue.Page;
import org.beamcat.portal.storage.StorageState;

/** {@code /dataset.xhtml?id=&page=&sort=&dir=&name=}: a dataset and one page of its files. */
@Named
@RequestScoped
public class DatasetPage {

    @Inject
    Browse browse;

    @Inject
    UserSession userSession;

    private DatasetDetail dataset;
    private StorageState state;
    private Page<DatafileRow> files;
    private Links links;
    private String sort;
    private boolean ascending;
    private String name;

    public void load() {
        Map<String, String> params = PageParameters.current();
        try {
            long id = ListParameters.id(params, "id");
            dataset = browse.dataset(userSession.caller(), id);
            files = browse.datafiles(userSession.caller(), id, params);
        } catch (InvalidParameter e) {
            Responses.badRequest();
            return;
        } catch (NoSuchPage e) {
            Responses.notFound();
            return;
        } catch (CatalogueException e) {
            Responses.failed(e, userSession);
            return;
        }
        state = browse.state(userSession.caller(), dataset.id());
        sort = params.getOrDefault(ListParameters.SORT, "name");
        ascending = !"desc".equals(params.get(ListParameters.DIR));
        name = params.get(ListParameters.NAME);
        links = Links.forList(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/dataset.xhtml", Map.of("id", Long.toString(dataset.id())), params);
    }

    public DatasetDetail getDataset() {
        return dataset;
    }

    public StorageState getState() {
        return state;
    }

    public Page<DatafileRow> getFiles() {
        return files;
    }

    public Links getLinks() {
        return links;
    }

    public String getName() {
        return name;
    }

    public String ariaSort(String key) {
        return key.equals(sort) ? (ascending ? "ascending" : "descending") : null;
    }

    public String sortLink(String key) {
        return links.sortBy(key, sort, ascending);
    }
}
