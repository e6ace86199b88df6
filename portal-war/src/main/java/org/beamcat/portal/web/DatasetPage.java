package org.beamcat.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.beamcat.portal.browse.Browse;
import org.beamcat.portal.browse.ListParameters;
import org.beamcat.portal.catalogue.DatafileRow;
import org.beamcat.portal.catalogue.DatasetDetail;
import org.beamcat.portal.catalogue.Page;
import org.beamcat.portal.storage.StorageState;

/** {@code /dataset.xhtml?id=&page=&sort=&dir=&name=}: a dataset and one page of its files. */
@Named
@RequestScoped
public class DatasetPage extends ListPage {

    @Inject
    Browse browse;

    @Inject
    UserSession userSession;

    private DatasetDetail dataset;
    private StorageState state;
    private Page<DatafileRow> files;

    public void load() {
        Map<String, String> params = PageParameters.current();
        if (!Responses.read(userSession, () -> {
            long id = ListParameters.id(params, "id");
            dataset = browse.dataset(userSession.caller(), id);
            files = browse.datafiles(userSession.caller(), id, params);
        })) {
            return;
        }
        state = browse.state(userSession.caller(), dataset.id());
        showList("/dataset.xhtml", Map.of("id", Long.toString(dataset.id())), params, "name", ascendingUnlessDesc(params));
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
}
