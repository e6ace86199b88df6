package org.beamcat.landing.collections;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.collections.CollectionCatalogue.DatasetChoice;
import org.beamcat.landing.collections.CollectionCatalogue.DatasetChoicePage;

/**
 * The datasets a user picks for a data collection, over pages of one investigation's datasets (with a name
 * filter): the page shown, its ticked boxes, and the selection over every page, kept on the server. The
 * boxes of the page shown replace that page's part of the selection whenever the user moves on (another
 * page, another filter, submit); a dataset of another page stays selected. Not thread-safe (one per view).
 */
public final class DatasetSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One page of an investigation's datasets as the user may read them, from an offset, with a name filter. */
    @FunctionalInterface
    public interface Pages {
        DatasetChoicePage page(long investigationId, String filter, int offset) throws IcatException;
    }

    private final int pageSize;
    private Long investigation;
    private String appliedFilter = "";
    private int page = 1;
    private long total;
    private List<DatasetChoice> shown = List.of();
    // The boxes of the page shown; Faces fills this list with the item values' type (Long ids), whatever the
    // declared element type, so any value is taken by its text.
    private List<Object> boxes = new ArrayList<>();
    private final Set<Long> selection = new LinkedHashSet<>();

    public DatasetSelection(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** Lists another investigation's datasets from the first page, unfiltered; a new, empty selection. */
    public void list(long investigationId, Pages pages) throws IcatException {
        forget();
        investigation = investigationId;
        load(pages, 1, "");
    }

    /** No investigation listed, nothing selected. */
    public void forget() {
        investigation = null;
        shown = List.of();
        total = 0;
        page = 1;
        appliedFilter = "";
        selection.clear();
        boxes = new ArrayList<>();
    }

    /** The datasets whose name contains the text, from the first page; the selection is kept. */
    public void filter(Pages pages, String text) throws IcatException {
        keepBoxes();
        load(pages, 1, text);
    }

    public void next(Pages pages) throws IcatException {
        keepBoxes();
        load(pages, page + 1, appliedFilter);
    }

    public void previous(Pages pages) throws IcatException {
        keepBoxes();
        load(pages, Math.max(1, page - 1), appliedFilter);
    }

    /** Ticks every dataset of the page shown (added to the selection). */
    public void selectPage() {
        keepBoxes();
        shown.forEach(d -> selection.add(d.id()));
        boxes = new ArrayList<>(shown.stream().map(d -> (Object) d.id()).toList());
    }

    /** Ticks these datasets (a proposal from another page) in the listed investigation, on every page. */
    public void preselect(List<Long> ids) {
        keepBoxes();
        selection.addAll(ids);
        boxes = new ArrayList<>(shown.stream().map(DatasetChoice::id).filter(selection::contains)
                .map(id -> (Object) id).toList());
    }

    public void clear() {
        selection.clear();
        boxes = new ArrayList<>();
    }

    /** Every selected dataset over all pages, in the order they were picked, the page shown's boxes included. */
    public List<Long> selected() {
        keepBoxes();
        return new ArrayList<>(selection);
    }

    /** The boxes of the page shown replace that page's part of the selection. */
    private void keepBoxes() {
        Set<Long> ids = new HashSet<>();
        shown.forEach(d -> ids.add(d.id()));
        selection.removeAll(ids);
        for (Object box : boxes) {
            parse(String.valueOf(box)).filter(ids::contains).ifPresent(selection::add);
        }
    }

    private void load(Pages pages, int wanted, String filter) throws IcatException {
        if (investigation == null) {
            throw new IllegalStateException("no investigation listed");
        }
        DatasetChoicePage found = pages.page(investigation, filter, (wanted - 1) * pageSize);
        int at = wanted;
        if (found.datasets().isEmpty() && wanted > 1) {
            // The last page went away (or the user pressed "next" on it): show the last one there is.
            at = pageCount(found.total());
            found = pages.page(investigation, filter, (at - 1) * pageSize);
        }
        shown = found.datasets();
        total = found.total();
        page = at;
        appliedFilter = filter == null ? "" : filter.strip();
        boxes = new ArrayList<>(shown.stream().map(DatasetChoice::id).filter(selection::contains)
                .map(id -> (Object) id).toList());
    }

    private int pageCount(long count) {
        return (int) Math.max(1, (count + pageSize - 1) / pageSize);
    }

    public static Optional<Long> parse(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean isListed() {
        return investigation != null;
    }

    public Optional<Long> investigation() {
        return Optional.ofNullable(investigation);
    }

    public List<DatasetChoice> shown() {
        return shown;
    }

    public int page() {
        return page;
    }

    public int pageCount() {
        return pageCount(total);
    }

    public long total() {
        return total;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasMore() {
        return page < pageCount();
    }

    /** How many datasets are selected over all pages (the boxes of the page shown as last kept). */
    public int selectedCount() {
        return selection.size();
    }

    public String appliedFilter() {
        return appliedFilter;
    }

    public List<Object> boxes() {
        return boxes;
    }

    public void setBoxes(List<Object> boxes) {
        this.boxes = boxes == null ? new ArrayList<>() : new ArrayList<>(boxes);
    }
}
